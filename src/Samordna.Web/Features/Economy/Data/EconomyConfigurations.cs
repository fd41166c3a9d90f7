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
