using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.Interventions.Lifecycle;

/// <summary>
/// Who acts on an association's interventions, and in what capacity: the roles they hold there and the
/// organisations they work for (an intervention owner acts only for interventions of their own organisation).
/// Handlers take it explicitly, so the command line, demo data and tests act as someone too.
/// </summary>
public sealed record InterventionActor(Guid? UserId, string Name, IReadOnlyList<Role> Roles, IReadOnlySet<Guid> OwnOrganisations)
{
    /// <summary>The system itself (command line, demo data): acts as the office.</summary>
    public static InterventionActor System(string name) => new(null, name, [Role.SystemAdministrator], new HashSet<Guid>());

    /// <summary>Every role but the owner's sees all of the association's interventions.</summary>
    public bool SeesAll => Roles.Any(r => r != Role.InterventionOwner);

    public bool IsOffice => Roles.Any(r => r is Role.SystemAdministrator or Role.NationalAdministrator or Role.AssociationAdministrator);

    public bool Owns(Intervention i) => OwnOrganisations.Contains(i.OwnerOrganisationId);

    /// <summary>An owner sees the interventions their organisation owns or takes part in.</summary>
    public bool CanSee(Intervention i) => SeesAll || Owns(i) || i.Parties.Any(p => OwnOrganisations.Contains(p.OrganisationId));

    public Capacity CapacityOn(Intervention i) => InterventionLifecycle.CapacityOf(Roles, Owns(i));
}

/// <summary>Reads the signed-in user's <see cref="InterventionActor"/> for one association.</summary>
public sealed class InterventionActors(ICurrentUser user)
{
    public async Task<InterventionActor> ForAsync(Guid associationId, CancellationToken ct)
    {
        var assignments = await user.GetAssignmentsAsync(ct);
        var here = assignments.Where(a => a.Role.IsNational() || a.AssociationId == associationId).ToList();
        var organisations = here.Where(a => a.Role == Role.InterventionOwner && a.MemberOrganisationId is not null)
            .Select(a => a.MemberOrganisationId!.Value).ToHashSet();
        return new InterventionActor(user.UserId, user.DisplayName, here.Select(a => a.Role).Distinct().ToList(), organisations);
    }
}
