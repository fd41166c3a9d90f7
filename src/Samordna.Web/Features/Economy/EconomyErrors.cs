namespace Samordna.Web.Features.Economy;

/// <summary>The economy area's expected failures, with stable codes.</summary>
public static class EconomyErrors
{
    public static readonly Error BudgetNotFound = new("BUDGET_NOT_FOUND", "Budgeten finns inte i förbundet.", ErrorKind.NotFound);

    public static readonly Error NoBooks = new("BOOKS_NOT_READ", "Bokföringen för året är inte inläst.", ErrorKind.NotFound);

    public static readonly Error UnknownBudgetLink = new("BUDGET_LINK_NOT_FOUND", "Välj en budgetversion i det här förbundet.", ErrorKind.Validation, "linkedId");

    public static readonly Error OpenVersionExists = new("BUDGET_OPEN_VERSION_EXISTS", "Det finns redan ett budgetförslag för året som inte är fastställt. Arbeta vidare med det.", ErrorKind.Conflict);

    public static readonly Error NotDraft = new("BUDGET_NOT_DRAFT", "Budgeten kan bara ändras och skickas på samråd medan den är ett utkast.", ErrorKind.BusinessRule);

    public static readonly Error NotInConsultation = new("BUDGET_NOT_IN_CONSULTATION", "Det går bara medan budgetförslaget är ute på samråd med medlemmarna.", ErrorKind.BusinessRule);

    public static readonly Error NotAMember = new("BUDGET_NOT_A_MEMBER", "Organisationen är inte medlem i förbundet.", ErrorKind.Validation, "organisationId");

    public static readonly Error NotYourMember = new("BUDGET_NOT_YOUR_MEMBER", "Du kan bara lämna synpunkter för den medlem du företräder.", ErrorKind.Forbidden, "organisationId");

    /// <summary>A mapping row someone else changed since it was read; the message names the rows. Nothing is saved.</summary>
    public static readonly Error MappingChanged = new("MAPPING_CHANGED", "Någon annan har ändrat kopplingen sedan du hämtade den.", ErrorKind.Conflict);

    public static readonly Error UnknownIntervention = new("BUDGET_UNKNOWN_INTERVENTION", "Insatsen finns inte i förbundet.", ErrorKind.Validation);

    public static readonly Error UnknownDecision = new("BUDGET_UNKNOWN_DECISION", "Beslutet finns inte bland förbundets styrelsebeslut.", ErrorKind.Validation, "decisionId");

    public static readonly Error DecisionLinkedElsewhere = new("BUDGET_DECISION_LINKED_ELSEWHERE", "Beslutet är kopplat till något annat än den här budgeten.", ErrorKind.Validation, "decisionId");

    public static readonly Error ForecastExists = new("FORECAST_EXISTS", "Prognosen för tertialet är redan sparad. Hämta den på nytt och gör om ändringen.", ErrorKind.Conflict);

    public static readonly Error ForecastIncomplete = new("FORECAST_INCOMPLETE", "Prognosen saknar rader. Ange helårsprognosen för varje rad.", ErrorKind.Validation, "lines");

    public static readonly Error ForecastTertialNotFound = new("FORECAST_TERTIAL_NOT_FOUND", "Året har inget sådant tertial.", ErrorKind.NotFound, "tertial");

    public static readonly Error InvoiceNotFound = new("MEMBER_INVOICE_NOT_FOUND", "Fakturan finns inte i förbundet.", ErrorKind.NotFound);

    public static readonly Error InvoiceNotAMember = new("MEMBER_INVOICE_NOT_A_MEMBER", "Organisationen är inte medlem i förbundet.", ErrorKind.Validation, "organisationId");

    public static readonly Error NoAdoptedTable = new("MEMBER_INVOICE_NO_TABLE", "Det finns ingen fastställd tabell över medlemsbidrag för året. Fastställ medlemsbidragen först.", ErrorKind.BusinessRule, "year");

    public static readonly Error AllInvoiced = new("MEMBER_INVOICE_ALL_INVOICED", "Alla medlemmar har redan en faktura för året.", ErrorKind.BusinessRule, "year");

    public static readonly Error Overpayment = new("MEMBER_PAYMENT_OVERPAYMENT", "Inbetalningen är större än det som återstår att betala på fakturan.", ErrorKind.BusinessRule, "amount");

    public static readonly Error InvoiceAlreadyPaid = new("MEMBER_PAYMENT_ALREADY_PAID", "Fakturan är redan betald i sin helhet.", ErrorKind.BusinessRule, "amount");

    public static readonly Error BelowPaid = new("MEMBER_INVOICE_BELOW_PAID", "Fakturans belopp kan inte vara lägre än det som redan är betalt.", ErrorKind.BusinessRule, "amount");

    public static readonly Error MemberNotFound = new("MEMBER_REPORT_NOT_A_MEMBER", "Organisationen är inte medlem i förbundet.", ErrorKind.NotFound, "medlem");

    public static readonly Error NotYourMemberReport = new("MEMBER_REPORT_NOT_YOUR_MEMBER", "Du kan bara se rapporten för den medlem du företräder.", ErrorKind.Forbidden, "medlem");
}
