using Samordna.Web.Features.Economy;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.UnitTests.Economy;

/// <summary>Who sees which member's report: a representative only their own, even when they also hold a role without the right.</summary>
public sealed class MemberRestrictionTests
{
    private static readonly Guid Association = Guid.NewGuid();
    private static readonly Guid Member = Guid.NewGuid();

    private sealed class User(params RoleAssignment[] assignments) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? UserId { get; } = Guid.NewGuid();

        public string DisplayName => "Test";

        public Task<IReadOnlyList<RoleAssignment>> GetAssignmentsAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<RoleAssignment>>(assignments);
    }

    private static RoleAssignment Holds(Role role, Guid? member = null) => new() { Role = role, AssociationId = Association, MemberOrganisationId = member };

    [Fact]
    public async Task A_representative_who_also_owns_an_intervention_still_sees_only_their_member()
    {
        var access = new AccessControl(new User(Holds(Role.MemberRepresentative, Member), Holds(Role.InterventionOwner)));
        Assert.Equal([Member], await access.MemberRestrictionAsync(Association, EconomyPermissions.ViewMemberReport));
        Assert.Null(await access.MemberRestrictionAsync(Association));
    }

    [Fact]
    public async Task The_board_and_the_office_see_every_member()
    {
        Assert.Null(await new AccessControl(new User(Holds(Role.BoardMember))).MemberRestrictionAsync(Association, EconomyPermissions.ViewMemberReport));
        Assert.Null(await new AccessControl(new User(Holds(Role.AssociationAdministrator), Holds(Role.MemberRepresentative, Member))).MemberRestrictionAsync(Association, EconomyPermissions.ViewMemberReport));
    }
}
