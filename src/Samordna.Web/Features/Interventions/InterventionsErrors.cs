namespace Samordna.Web.Features.Interventions;

public static class InterventionsErrors
{
    public static readonly Error NotFound = new("INTERVENTION_NOT_FOUND", "Insatsen finns inte.", ErrorKind.NotFound);
    public static readonly Error MoveNotAllowed = new("INTERVENTION_MOVE_NOT_ALLOWED", "Insatsen kan inte flyttas dit från sitt nuvarande läge.", ErrorKind.BusinessRule, "move");
    public static readonly Error MoveNotYours = new("INTERVENTION_MOVE_NOT_YOURS", "Du får inte göra det här steget för insatsen.", ErrorKind.Forbidden, "move");
    public static readonly Error LockedAttribute = new("INTERVENTION_LOCKED_ATTRIBUTE", "Inriktning, uppföljningsmetod och ESF-medfinansiering låses när insatsen skapas. Skapa en ny insats med ett annat namn om de behöver vara annorlunda.", ErrorKind.Validation);
    public static readonly Error NotAnApplication = new("INTERVENTION_NOT_AN_APPLICATION", "Ansökan är beslutad; dess innehåll kan inte längre ändras.", ErrorKind.BusinessRule);
    public static readonly Error NotAMember = new("INTERVENTION_PARTY_NOT_A_MEMBER", "En part som deltar måste vara medlem i förbundet under insatsens period.", ErrorKind.Validation, "parties");
    public static readonly Error MunicipalityNotServed = new("INTERVENTION_MUNICIPALITY_NOT_MEMBER", "En kommun som insatsen vänder sig till måste vara medlem i förbundet.", ErrorKind.Validation, "municipalities");
    public static readonly Error NotYourOwner = new("INTERVENTION_NOT_YOUR_ORGANISATION", "Som insatsägare kan du bara lämna ansökningar där din egen organisation är insatsägare.", ErrorKind.Forbidden, "ownerOrganisationId");
    public static readonly Error RuleFailed = new("INTERVENTION_RULE_FAILED", "Insatsen uppfyller inte reglerna för finansiell samordning.", ErrorKind.BusinessRule);
    public static readonly Error MeetingNotFound = new("INTERVENTION_MEETING_NOT_FOUND", "Sammanträdet finns inte i förbundet.", ErrorKind.Validation, "meetingId");
    public static readonly Error MeetingPassed = new("INTERVENTION_MEETING_PASSED", "Sammanträdet har redan ägt rum. Välj ett kommande sammanträde.", ErrorKind.Validation, "meetingId");
    public static readonly Error DecisionNotFound = new("INTERVENTION_DECISION_NOT_FOUND", "Beslutet finns inte i förbundets beslutsregister.", ErrorKind.Validation, "decisionId");
    public static readonly Error DecisionOfOtherIntervention = new("INTERVENTION_DECISION_OTHER", "Beslutet är kopplat till något annat än den här insatsen.", ErrorKind.Validation, "decisionId");
    public static readonly Error AboveDecidedAmount = new("INTERVENTION_ABOVE_DECIDED_AMOUNT", "Beloppet är högre än styrelsen har beslutat. Ett nytt numrerat beslut behövs.", ErrorKind.BusinessRule, "amount");
    public static readonly Error FinalReportMissing = new("INTERVENTION_FINAL_REPORT_MISSING", "Slutrapporten är inte inlämnad ännu.", ErrorKind.BusinessRule, "move");
    public static readonly Error NotPublishable = new("INTERVENTION_NOT_PUBLISHABLE", "Bara en pågående insats kan visas i den öppna insatskatalogen.", ErrorKind.BusinessRule, "published");
    public static readonly Error ReportNotFound = new("INTERVENTION_REPORT_NOT_FOUND", "Rapporten finns inte.", ErrorKind.NotFound);
    public static readonly Error ReportAlreadySubmitted = new("INTERVENTION_REPORT_SUBMITTED", "Rapporten är redan inlämnad.", ErrorKind.Conflict);
    public static readonly Error PaymentNotFound = new("INTERVENTION_PAYMENT_NOT_FOUND", "Utbetalningen finns inte.", ErrorKind.NotFound);
    public static readonly Error NotFunded = new("INTERVENTION_NOT_FUNDED", "Insatsen har inget beslut om medel ännu.", ErrorKind.BusinessRule);
}
