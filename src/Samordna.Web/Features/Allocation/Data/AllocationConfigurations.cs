using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Allocation.Data;

internal sealed class AllocationDataSetConfiguration : IEntityTypeConfiguration<AllocationDataSet>
{
    public void Configure(EntityTypeBuilder<AllocationDataSet> e)
    {
        e.ToTable("allocation_data_set");
        e.HasKey(d => d.Id);
        e.HasIndex(d => new { d.Year, d.Sequence }).IsUnique();
        e.HasIndex(d => d.ContentHash);
        e.Property(d => d.Name).HasMaxLength(200);
        e.Property(d => d.Source).HasMaxLength(400);
        e.Property(d => d.AgeBand).HasMaxLength(20);
        e.Property(d => d.FileName).HasMaxLength(260);
        e.Property(d => d.ContentHash).HasMaxLength(64);
        e.Property(d => d.ImportedBy).HasMaxLength(200);
        e.Ignore(d => d.Label);
        e.HasMany(d => d.Units).WithOne().HasForeignKey(u => u.DataSetId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AllocationDataSetUnitConfiguration : IEntityTypeConfiguration<AllocationDataSetUnit>
{
    public void Configure(EntityTypeBuilder<AllocationDataSetUnit> e)
    {
        e.ToTable("allocation_data_set_unit");
        e.HasKey(u => u.Id);
        e.HasIndex(u => new { u.DataSetId, u.Code }).IsUnique();
        e.Property(u => u.Code).HasMaxLength(20);
        e.Property(u => u.Name).HasMaxLength(200);
    }
}

internal sealed class AllocationYearParametersConfiguration : IEntityTypeConfiguration<AllocationYearParameters>
{
    public void Configure(EntityTypeBuilder<AllocationYearParameters> e)
    {
        e.ToTable("allocation_year_parameters");
        e.HasKey(p => p.Id);
        e.HasIndex(p => p.Year).IsUnique();
        e.Property(p => p.SupportMeasureWeight).HasPrecision(9, 6);
        e.Property(p => p.PopulationWeight).HasPrecision(9, 6);
        e.Property(p => p.MaxYearlyDecrease).HasPrecision(9, 6);
        e.Property(p => p.EquityReductionShare).HasPrecision(9, 6);
        e.Property(p => p.AgeBand).HasMaxLength(20);
        e.Property(p => p.EquityTiers).HasMaxLength(1000);
        e.Property(p => p.Note).HasMaxLength(4000);
    }
}

internal sealed class AssociationAllocationInputConfiguration : IEntityTypeConfiguration<AssociationAllocationInput>
{
    public void Configure(EntityTypeBuilder<AssociationAllocationInput> e)
    {
        e.ToTable("allocation_association_input");
        e.HasKey(i => i.Id);
        e.HasIndex(i => new { i.AssociationId, i.Year }).IsUnique();
        e.Property(i => i.Note).HasMaxLength(2000);
        e.BelongsToAssociation();
    }
}

internal sealed class AllocationRunConfiguration : IEntityTypeConfiguration<AllocationRun>
{
    public void Configure(EntityTypeBuilder<AllocationRun> e)
    {
        e.ToTable("allocation_run");
        e.HasKey(r => r.Id);
        e.HasIndex(r => new { r.Year, r.Status });

        // One decided run per year, also when two decisions race: the loser's save is a unique violation (a 409).
        // The status is stored as its name; the filter's quoting reads the same on SQLite and PostgreSQL.
        e.HasIndex(r => r.Year).IsUnique().HasFilter($"\"Status\" = '{nameof(AllocationRunStatus.Decided)}'").HasDatabaseName("IX_allocation_run_Year_decided");
        e.Property(r => r.Name).HasMaxLength(200);
        e.Property(r => r.Description).HasMaxLength(2000);
        e.Property(r => r.DataSetHash).HasMaxLength(64);
        e.Property(r => r.ParametersJson).HasMaxLength(4000);
        e.Property(r => r.InputsJson).HasMaxLength(1_000_000);
        e.Property(r => r.Lambda).HasMaxLength(1000);
        e.Property(r => r.CreatedBy).HasMaxLength(200);
        e.Property(r => r.DecidedBy).HasMaxLength(200);
        e.ForeignKey(r => r.DataSetId).To<AllocationDataSet>();
        e.HasMany(r => r.Results).WithOne().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AllocationRunResultConfiguration : IEntityTypeConfiguration<AllocationRunResult>
{
    public void Configure(EntityTypeBuilder<AllocationRunResult> e)
    {
        e.ToTable("allocation_run_result");
        e.HasKey(r => r.Id);
        e.HasIndex(r => new { r.RunId, r.AssociationId }).IsUnique();
        e.HasIndex(r => r.AssociationId);
        e.Property(r => r.Code).HasMaxLength(40);
        e.Property(r => r.Name).HasMaxLength(200);
        e.Property(r => r.ModelAmountExact).HasMaxLength(1000);
        e.Property(r => r.ExactAmount).HasMaxLength(1000);
        e.Property(r => r.ExplanationJson).HasMaxLength(20_000);
        e.Ignore(r => r.ChangeFraction);
        e.BelongsToAssociation();
    }
}

internal sealed class ContributionTableConfiguration : IEntityTypeConfiguration<ContributionTable>
{
    public void Configure(EntityTypeBuilder<ContributionTable> e)
    {
        e.ToTable("allocation_contribution_table");
        e.HasKey(t => t.Id);
        e.HasIndex(t => new { t.AssociationId, t.Year, t.Sequence }).IsUnique();
        e.Property(t => t.KeyDescription).HasMaxLength(1000);
        e.Property(t => t.AdoptedBy).HasMaxLength(200);
        e.Property(t => t.Note).HasMaxLength(2000);
        e.Ignore(t => t.Total);
        e.BelongsToAssociation();
        e.ForeignKey(t => t.RunId).To<AllocationRun>();
        e.HasMany(t => t.Lines).WithOne().HasForeignKey(l => l.TableId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContributionLineConfiguration : IEntityTypeConfiguration<ContributionLine>
{
    public void Configure(EntityTypeBuilder<ContributionLine> e)
    {
        e.ToTable("allocation_contribution_line");
        e.HasKey(l => l.Id);
        e.HasIndex(l => new { l.TableId, l.Position }).IsUnique();
        e.HasIndex(l => l.AssociationId);
        e.Property(l => l.Code).HasMaxLength(40);
        e.Property(l => l.Name).HasMaxLength(200);
        e.Property(l => l.Share).HasMaxLength(1000);
        e.Property(l => l.Derivation).HasMaxLength(4000);
    }
}

internal sealed class InternalSplitSettingConfiguration : IEntityTypeConfiguration<InternalSplitSetting>
{
    public void Configure(EntityTypeBuilder<InternalSplitSetting> e)
    {
        e.ToTable("allocation_internal_split");
        e.HasKey(s => s.Id);
        e.HasIndex(s => new { s.AssociationId, s.OrganisationId, s.Year }).IsUnique();
        e.Property(s => s.PopulationWeight).HasPrecision(9, 6);
        e.BelongsToAssociation();
        e.ForeignKey(s => s.OrganisationId).To<Organisation>();
        e.HasMany(s => s.Units).WithOne().HasForeignKey(u => u.SettingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InternalSplitUnitConfiguration : IEntityTypeConfiguration<InternalSplitUnit>
{
    public void Configure(EntityTypeBuilder<InternalSplitUnit> e)
    {
        e.ToTable("allocation_internal_split_unit");
        e.HasKey(u => u.Id);
        e.HasIndex(u => new { u.SettingId, u.Code }).IsUnique();
        e.Property(u => u.Code).HasMaxLength(40);
        e.Property(u => u.Name).HasMaxLength(200);
        e.Property(u => u.FixedShare).HasPrecision(18, 6);
    }
}
