using Samordna.Web.Features.Registry.Rules;
namespace Samordna.Web.Features.Registry.Data;

internal sealed class CountyConfiguration : IEntityTypeConfiguration<County>
{
    public void Configure(EntityTypeBuilder<County> e)
    {
        e.ToTable("ref_county");
        e.HasKey(c => c.Code);
        e.Property(c => c.Code).HasMaxLength(2);
        e.Property(c => c.Name).HasMaxLength(100);
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> e)
    {
        e.ToTable("ref_municipality");
        e.HasKey(m => m.Code);
        e.Property(m => m.Code).HasMaxLength(4);
        e.Property(m => m.Name).HasMaxLength(100);
        e.Property(m => m.CountyCode).HasMaxLength(2);
        e.ForeignKey(m => m.CountyCode).To<County>();
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.ToTable("registry_organisation");
        e.HasKey(o => o.Id);
        e.HasIndex(o => o.Code).IsUnique();
        e.Property(o => o.Code).HasMaxLength(20);
        e.Property(o => o.Name).HasMaxLength(200);
        e.Property(o => o.CountyCode).HasMaxLength(2);
        e.Property(o => o.MunicipalityCode).HasMaxLength(4);
        e.Property(o => o.OrganisationNumber).HasMaxLength(10);
        e.ForeignKey(o => o.ParentOrganisationId).To<Organisation>();
        e.Ignore(o => o.IsStateParty);
        e.Ignore(o => o.CountsAsRegion);
        e.Ignore(o => o.CountsAsMunicipality);
    }
}

internal sealed class AssociationConfiguration : IEntityTypeConfiguration<Association>
{
    public void Configure(EntityTypeBuilder<Association> e)
    {
        e.ToTable("registry_association");
        e.HasKey(a => a.Id);
        e.HasIndex(a => a.Code).IsUnique();
        e.HasIndex(a => a.OrganisationNumber).IsUnique();
        e.Property(a => a.Code).HasMaxLength(40);
        e.Property(a => a.Name).HasMaxLength(200);
        e.Property(a => a.OrganisationNumber).HasMaxLength(10);
        e.Property(a => a.SeatMunicipalityCode).HasMaxLength(4);
        e.Property(a => a.PublicEmail).HasMaxLength(AssociationFacts.EmailMax);
        e.Property(a => a.Phone).HasMaxLength(AssociationFacts.PhoneMax);
        e.Property(a => a.PostalAddress).HasMaxLength(AssociationFacts.PostalAddressMax);
        e.Property(a => a.Website).HasMaxLength(AssociationFacts.WebsiteMax);
        e.ForeignKey(a => a.SeatMunicipalityCode).To<Municipality>();
        e.HasMany(a => a.Memberships).WithOne().HasForeignKey(m => m.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> e)
    {
        e.ToTable("registry_membership");
        e.HasKey(m => m.Id);
        e.HasIndex(m => new { m.AssociationId, m.OrganisationId, m.ValidFrom }).IsUnique();
        e.HasIndex(m => m.OrganisationId);
        e.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CharterVersionConfiguration : IEntityTypeConfiguration<CharterVersion>
{
    public void Configure(EntityTypeBuilder<CharterVersion> e)
    {
        e.ToTable("registry_charter_version");
        e.HasKey(c => c.Id);
        e.HasIndex(c => new { c.AssociationId, c.ValidFrom }).IsUnique();
        e.Property(c => c.QualifiedMajorityMatters).HasMaxLength(2000);
        e.Property(c => c.Note).HasMaxLength(2000);
        e.Property(c => c.MixPopulationWeight).HasPrecision(9, 6);
        e.BelongsToAssociation();
        e.HasMany(c => c.FixedShares).WithOne().HasForeignKey(s => s.CharterVersionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.BoardSeats).WithOne().HasForeignKey(s => s.CharterVersionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Decisions).WithOne().HasForeignKey(d => d.CharterVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CharterMemberShareConfiguration : IEntityTypeConfiguration<CharterMemberShare>
{
    public void Configure(EntityTypeBuilder<CharterMemberShare> e)
    {
        e.ToTable("registry_charter_member_share");
        e.HasKey(s => s.Id);
        e.Property(s => s.Share).HasPrecision(9, 6);
        e.HasIndex(s => new { s.CharterVersionId, s.OrganisationId }).IsUnique();
        e.ForeignKey(s => s.OrganisationId).To<Organisation>();
    }
}
