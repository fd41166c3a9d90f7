namespace Samordna.Web.Features.Registry.Data;

internal sealed class CharterBoardSeatConfiguration : IEntityTypeConfiguration<CharterBoardSeat>
{
    public void Configure(EntityTypeBuilder<CharterBoardSeat> e)
    {
        e.ToTable("registry_charter_board_seat");
        e.HasKey(s => s.Id);
        e.HasIndex(s => new { s.CharterVersionId, s.OrganisationId }).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
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
        e.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
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
        e.HasOne<Association>().WithMany().HasForeignKey(x => x.AssociationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Association>().WithMany().HasForeignKey(x => x.CounterpartAssociationId).OnDelete(DeleteBehavior.Restrict);
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
