using Samordna.Web.Features.Economy.Budgets;
using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy;

/// <summary>The economy's audited rows (budgets, the books' years, account mappings) in the audit log's Swedish.</summary>
public sealed class EconomyAuditVocabulary : IAuditVocabulary
{
    public void Describe(AuditTerms t) => t
        .Entity<Budget>("Budget").Entity<BudgetLine>("Budgetrad").Entity<BudgetComment>("Synpunkt på budget")
        .Entity<LedgerYear>("Bokföringsår").Entity<AccountMapping>("Kontokoppling")
        .Entity<MemberInvoice>("Faktura till medlem").Entity<MemberPayment>("Betalning från medlem")
        .Entity<ObjectMapping>("Objektkoppling").Entity<Forecast>("Prognos").Entity<ForecastLine>("Prognosrad")
        .Fields(
            ("AdoptedOn", "Antagen"), ("ConsultationUntil", "Samråd till"), ("Budget.Number", "Version"), ("BudgetId", "Budget"), ("Category", "Kategori"),
            ("PlanYear1", "Planår 1"), ("PlanYear2", "Planår 2"), ("CommentedAt", "Lämnad"), ("CommentedBy", "Lämnad av"), ("Account", "Konto"),
            ("LedgerYear.End", "Räkenskapsårets slut"), ("LedgerYear.Start", "Räkenskapsårets början"), ("Program", "Program"),
            ("TransactionCount", "Transaktioner"), ("VoucherCount", "Verifikationer"), ("InvoiceDate", "Fakturadatum"), ("DueDate", "Förfallodag"),
            ("InvoiceId", "Faktura"), ("MemberPayment.PaidOn", "Betald"), ("RecordedAt", "Registrerad"), ("RecordedBy", "Registrerad av"),
            ("Tertial", "Tertial"), ("ActualsUntil", "Utfall till och med"), ("SavedAt", "Sparad"), ("SavedBy", "Sparad av"), ("YearEnd", "Prognos helår"),
            ("ForecastId", "Prognos"), ("Forecast.Comment", "Kommentar"), ("Dimension", "Dimension"), ("ObjectMapping.Number", "Objekt"))
        .Enum<BudgetState>(BudgetRules.Name).Enum<BudgetCategory>(BudgetRules.Name);
}
