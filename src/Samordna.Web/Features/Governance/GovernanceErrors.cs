namespace Samordna.Web.Features.Governance;

public static class GovernanceErrors
{
    public static readonly Error AppointmentNotFound = new("GOVERNANCE_APPOINTMENT_NOT_FOUND", "Uppdraget i styrelsen finns inte.", ErrorKind.NotFound);
    public static readonly Error AuditorNotFound = new("GOVERNANCE_AUDITOR_NOT_FOUND", "Revisorn finns inte.", ErrorKind.NotFound);
    public static readonly Error MeetingNotFound = new("GOVERNANCE_MEETING_NOT_FOUND", "Sammanträdet finns inte.", ErrorKind.NotFound);
    public static readonly Error MeetingDocumentKindMissing = new("GOVERNANCE_MEETING_DOCUMENT_KIND", "Ange vad filen är: kallelse, handling eller protokoll.", ErrorKind.Validation, "kind");
    public static readonly Error AgendaItemNotFound = new("GOVERNANCE_AGENDA_ITEM_NOT_FOUND", "Punkten på dagordningen finns inte.", ErrorKind.NotFound);
    public static readonly Error DecisionNotFound = new("GOVERNANCE_DECISION_NOT_FOUND", "Beslutet finns inte.", ErrorKind.NotFound);
    public static readonly Error DischargeNotFound = new("GOVERNANCE_DISCHARGE_NOT_FOUND", "Beslutet om ansvarsfrihet finns inte.", ErrorKind.NotFound);
    public static readonly Error NotAMember = new("GOVERNANCE_NOT_A_MEMBER", "Organisationen är inte medlem i förbundet det datumet.", ErrorKind.Validation, "organisationId");
    public static readonly Error NotARepresentedMember = new("GOVERNANCE_REPRESENTS_ANOTHER_MEMBER", "En medlem kan bara utse ledamöter och ersättare till sina egna platser.", ErrorKind.Validation, "appointedByOrganisationId");
    public static readonly Error DuplicateSubstituteOrder = new("GOVERNANCE_DUPLICATE_SUBSTITUTE_ORDER", "Medlemmen har redan en ersättare med den platsen i ordningen.", ErrorKind.Validation, "substituteOrder");
    public static readonly Error Ineligible = new("GOVERNANCE_INELIGIBLE", "Personen är inte valbar på den angivna grunden.", ErrorKind.Validation, "eligibility");
    public static readonly Error InvalidTerm = new("GOVERNANCE_INVALID_TERM", "Mandattiden är inte tillåten.", ErrorKind.Validation, "termEnd");
    public static readonly Error AuditorAppointer = new("GOVERNANCE_AUDITOR_APPOINTER", "Medlemmen kan inte utse den sortens revisor.", ErrorKind.Validation, "appointedByOrganisationId");
    public static readonly Error DuplicateDecisionNumber = new("GOVERNANCE_DUPLICATE_DECISION_NUMBER", "Det finns redan ett beslut med det paragrafnumret det året.", ErrorKind.Conflict, "number");
    public static readonly Error MeetingYearLocked = new("GOVERNANCE_MEETING_YEAR_LOCKED", "Sammanträdet har numrerade beslut; datumet kan inte flyttas till ett annat år.", ErrorKind.Validation, "date");
    public static readonly Error AgendaItemOfOtherMeeting = new("GOVERNANCE_AGENDA_ITEM_OTHER_MEETING", "Punkten hör inte till sammanträdet.", ErrorKind.Validation, "agendaItemId");
    public static readonly Error NotOnBoard = new("GOVERNANCE_NOT_ON_BOARD", "Personen har inget uppdrag i styrelsen på sammanträdesdagen.", ErrorKind.Validation, "present");
    public static readonly Error VoterNotServing = new("GOVERNANCE_VOTER_NOT_SERVING", "Bara tjänstgörande ledamöter och ersättare kan rösta.", ErrorKind.Validation, "votes");
    public static readonly Error TooManyVotes = new("GOVERNANCE_TOO_MANY_VOTES", "Fler röster än tjänstgörande ledamöter.", ErrorKind.Validation, "votesFor");
    public static readonly Error UnknownCharterVersion = new("GOVERNANCE_UNKNOWN_CHARTER_VERSION", "Förbundsordningen finns inte i förbundet.", ErrorKind.Validation, "linkedId");
    public static readonly Error LinkKindTakesNoId = new("GOVERNANCE_LINK_KIND_TAKES_NO_ID", "Den här sortens koppling pekar inte på någon post i Samordna ännu. Beskriv i stället vad beslutet avser i fältet för kopplingen.", ErrorKind.Validation, "linkedId");
    public static readonly Error DischargeTooEarly = new("GOVERNANCE_DISCHARGE_TOO_EARLY", "Ansvarsfrihet beslutas efter räkenskapsårets slut.", ErrorKind.Validation, "decidedOn");
    public static readonly Error DuplicateDischarge = new("GOVERNANCE_DUPLICATE_DISCHARGE", "Medlemmens beslut om ansvarsfrihet för året är redan registrerat; ändra det i stället.", ErrorKind.Conflict, "organisationId");
}
