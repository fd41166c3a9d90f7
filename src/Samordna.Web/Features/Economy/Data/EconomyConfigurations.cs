using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Economy.Data;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> e)
    {
        e.ToTable("economy_budget");
        e.HasIndex(b => new { b.AssociationId, b.Year, b.Number }).IsUnique();
        e.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BudgetId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(b => b.Comments).WithOne().HasForeignKey(c => c.BudgetId).OnDelete(DeleteBehavior.Cascade);
        e.ForeignKey(b => b.DecisionId).To<BoardDecision>();
        e.BelongsToAssociation();
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> e)
    {
        e.ToTable("economy_budget_line");
        e.Property(l => l.Label).HasMaxLength(Budgets.BudgetRules.MaxLabelLength);
        e.HasIndex(l => new { l.BudgetId, l.Position }).IsUnique();
        e.ForeignKey(l => l.OrganisationId).To<Organisation>();
        // An intervention line keeps its label if the intervention (a draft application) is removed.
        e.HasOne<Intervention>().WithMany().HasForeignKey(l => l.InterventionId).OnDelete(DeleteBehavior.SetNull);
        e.BelongsToAssociation();
    }
}

internal sealed class BudgetCommentConfiguration : IEntityTypeConfiguration<BudgetComment>
{
    public void Configure(EntityTypeBuilder<BudgetComment> e)
    {
        e.ToTable("economy_budget_comment");
        e.Property(c => c.Text).HasMaxLength(Budgets.BudgetRules.MaxCommentLength);
        e.Property(c => c.CommentedBy).HasMaxLength(200);
        e.ForeignKey(c => c.OrganisationId).To<Organisation>();
        e.BelongsToAssociation();
    }
}

internal sealed class LedgerYearConfiguration : IEntityTypeConfiguration<LedgerYear>
{
    public void Configure(EntityTypeBuilder<LedgerYear> e)
    {
        e.ToTable("economy_ledger_year");
        e.HasIndex(y => new { y.AssociationId, y.Start }).IsUnique();
        e.Property(y => y.ImportedBy).HasMaxLength(200);
        e.Property(y => y.FileName).HasMaxLength(260);
        e.Property(y => y.Program).HasMaxLength(200);
        e.HasMany<LedgerAccount>().WithOne().HasForeignKey(a => a.LedgerYearId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany<LedgerTransaction>().WithOne().HasForeignKey(t => t.LedgerYearId).OnDelete(DeleteBehavior.Cascade);
        e.BelongsToAssociation();
    }
}

internal sealed class LedgerAccountConfiguration : IEntityTypeConfiguration<LedgerAccount>
{
    public void Configure(EntityTypeBuilder<LedgerAccount> e)
    {
        e.ToTable("economy_ledger_account");
        e.Property(a => a.Account).HasMaxLength(Actuals.ActualsRules.MaxAccountLength);
        e.Property(a => a.Name).HasMaxLength(200);
        e.HasIndex(a => new { a.LedgerYearId, a.Account }).IsUnique();
        e.BelongsToAssociation();
    }
}

internal sealed class LedgerTransactionConfiguration : IEntityTypeConfiguration<LedgerTransaction>
{
    public void Configure(EntityTypeBuilder<LedgerTransaction> e)
    {
        e.ToTable("economy_ledger_transaction");
        e.Property(t => t.Series).HasMaxLength(40);
        e.Property(t => t.VoucherNumber).HasMaxLength(40);
        e.Property(t => t.Account).HasMaxLength(Actuals.ActualsRules.MaxAccountLength);
        e.Property(t => t.CostCentre).HasMaxLength(Actuals.ActualsRules.MaxObjectLength);
        e.Property(t => t.Project).HasMaxLength(Actuals.ActualsRules.MaxObjectLength);
        e.HasIndex(t => new { t.LedgerYearId, t.Account });
        e.BelongsToAssociation();
    }
}

internal sealed class LedgerObjectConfiguration : IEntityTypeConfiguration<LedgerObject>
{
    public void Configure(EntityTypeBuilder<LedgerObject> e)
    {
        e.ToTable("economy_ledger_object");
        e.Property(o => o.Dimension).HasMaxLength(2);
        e.Property(o => o.Number).HasMaxLength(Actuals.ActualsRules.MaxObjectLength);
        e.Property(o => o.Name).HasMaxLength(200);
        e.HasIndex(o => new { o.LedgerYearId, o.Dimension, o.Number }).IsUnique();
        e.HasOne<LedgerYear>().WithMany().HasForeignKey(o => o.LedgerYearId).OnDelete(DeleteBehavior.Cascade);
        e.BelongsToAssociation();
    }
}

internal sealed class ObjectMappingConfiguration : IEntityTypeConfiguration<ObjectMapping>
{
    public void Configure(EntityTypeBuilder<ObjectMapping> e)
    {
        e.ToTable("economy_object_mapping");
        e.Property(m => m.Dimension).HasMaxLength(2);
        e.Property(m => m.Number).HasMaxLength(Actuals.ActualsRules.MaxObjectLength);
        e.HasIndex(m => new { m.AssociationId, m.Dimension, m.Number }).IsUnique();
        // The mapping goes with the intervention (a draft application) if it is removed.
        e.HasOne<Intervention>().WithMany().HasForeignKey(m => m.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.BelongsToAssociation();
    }
}

internal sealed class AccountMappingConfiguration : IEntityTypeConfiguration<AccountMapping>
{
    public void Configure(EntityTypeBuilder<AccountMapping> e)
    {
        e.ToTable("economy_account_mapping");
        e.Property(m => m.Account).HasMaxLength(Actuals.ActualsRules.MaxAccountLength);
        e.HasIndex(m => new { m.AssociationId, m.Account }).IsUnique();
        e.HasOne<Intervention>().WithMany().HasForeignKey(m => m.InterventionId).OnDelete(DeleteBehavior.SetNull);
        e.BelongsToAssociation();
    }
}

internal sealed class MemberInvoiceConfiguration : IEntityTypeConfiguration<MemberInvoice>
{
    public void Configure(EntityTypeBuilder<MemberInvoice> e)
    {
        e.ToTable("economy_member_invoice");
        e.Property(i => i.Reference).HasMaxLength(Members.MemberLedgerRules.MaxReferenceLength);
        e.Property(i => i.CreatedBy).HasMaxLength(200);
        e.HasIndex(i => new { i.AssociationId, i.Year, i.OrganisationId });
        // An invoice number is used once: two "Fakturera årets avgifter" at the same moment, or a number given twice, end in a 409.
        e.HasIndex(i => new { i.AssociationId, i.Reference }).IsUnique();
        e.HasMany(i => i.Payments).WithOne().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        e.ForeignKey(i => i.OrganisationId).To<Organisation>();
        e.BelongsToAssociation();
    }
}

internal sealed class MemberPaymentConfiguration : IEntityTypeConfiguration<MemberPayment>
{
    public void Configure(EntityTypeBuilder<MemberPayment> e)
    {
        e.ToTable("economy_member_payment");
        e.Property(p => p.RecordedBy).HasMaxLength(200);
        e.HasIndex(p => p.InvoiceId);
        e.BelongsToAssociation();
    }
}

internal sealed class ForecastConfiguration : IEntityTypeConfiguration<Forecast>
{
    public void Configure(EntityTypeBuilder<Forecast> e)
    {
        e.ToTable("economy_forecast");
        e.HasIndex(f => new { f.AssociationId, f.Year, f.Tertial }).IsUnique();
        e.Property(f => f.Comment).HasMaxLength(Forecasts.ForecastRules.MaxCommentLength);
        e.Property(f => f.SavedBy).HasMaxLength(200);
        e.HasMany(f => f.Lines).WithOne().HasForeignKey(l => l.ForecastId).OnDelete(DeleteBehavior.Cascade);
        e.BelongsToAssociation();
    }
}

internal sealed class ForecastLineConfiguration : IEntityTypeConfiguration<ForecastLine>
{
    public void Configure(EntityTypeBuilder<ForecastLine> e)
    {
        e.ToTable("economy_forecast_line");
        e.HasIndex(l => new { l.ForecastId, l.Position }).IsUnique();
        // A line keeps its amount if the intervention (a draft application) is removed.
        e.HasOne<Intervention>().WithMany().HasForeignKey(l => l.InterventionId).OnDelete(DeleteBehavior.SetNull);
        e.BelongsToAssociation();
    }
}
