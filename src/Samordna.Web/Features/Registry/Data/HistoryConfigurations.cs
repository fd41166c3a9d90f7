namespace Samordna.Web.Features.Registry.Data;

internal sealed class CharterBoardSeatConfiguration : IEntityTypeConfiguration<CharterBoardSeat>
{
    public void Configure(EntityTypeBuilder<CharterBoardSeat> e)
    {
        e.ToTable("registry_charter_board_seat");
        e.HasKey(s => s.Id);
        e.HasIndex(s => new { s.CharterVersionId, s.OrganisationId }).IsUnique();
        e.ForeignKey(s => s.OrganisationId).To<Organisation>();
    }
}

internal sealed class CharterMemberDecisionConfiguration : IEntityTypeConfiguration<CharterMemberDecision>
{
    public void Configure(EntityTypeBuilder<CharterMemberDecision> e)
    {
        e.ToTable("registry_charter_decision");
        e.HasKey(d => d.Id);
        e.Property(d => d.Reference).HasMaxLength(200);
        e.HasIndex(d => new { d.CharterVersionId, d.OrganisationId }).IsUnique();
        e.ForeignKey(d => d.OrganisationId).To<Organisation>();
    }
}

internal sealed class MembershipEventConfiguration : IEntityTypeConfiguration<MembershipEvent>
{
    public void Configure(EntityTypeBuilder<MembershipEvent> e)
    {
        e.ToTable("registry_membership_event");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.AssociationId, x.EffectiveDate });
        e.Property(x => x.Reference).HasMaxLength(200);
        e.Property(x => x.CounterpartName).HasMaxLength(200);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.BelongsToAssociation();
        e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.ForeignKey(x => x.CounterpartAssociationId).To<Association>();
    }
}

internal sealed class RegistryImportConfiguration : IEntityTypeConfiguration<RegistryImport>
{
    public void Configure(EntityTypeBuilder<RegistryImport> e)
    {
        e.ToTable("registry_import");
        e.HasKey(x => x.Id);
        e.Property(x => x.Actor).HasMaxLength(200);
        e.Property(x => x.FileName).HasMaxLength(260);
        e.Property(x => x.Format).HasMaxLength(10);
        e.HasIndex(x => x.ImportedAt);
    }
}
