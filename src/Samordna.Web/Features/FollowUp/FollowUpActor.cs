using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp;

/// <summary>
/// A participant officer acting in one association: the organisations they work for. They read and write the records
/// of interventions those organisations own (run), and nothing else (docs/privacy.md).
/// </summary>
public sealed record FollowUpActor(Guid? UserId, string Name, IReadOnlySet<Guid> OwnOrganisations, bool CanCount)
{
    public bool Runs(Intervention i) => OwnOrganisations.Contains(i.OwnerOrganisationId);

    /// <summary>Head-counts: the office for every intervention, a participant officer for their own.</summary>
    public bool CanCountFor(Intervention i) => CanCount || Runs(i);
}

public sealed class FollowUpActors(ICurrentUser user)
{
    public async Task<FollowUpActor> ForAsync(Guid associationId, CancellationToken ct)
    {
        var assignments = (await user.GetAssignmentsAsync(ct)).Where(a => a.AssociationId == associationId).ToList();
        var organisations = assignments.Where(a => a.Role == Role.ParticipantOfficer && a.MemberOrganisationId is not null)
            .Select(a => a.MemberOrganisationId!.Value).ToHashSet();
        return new FollowUpActor(user.UserId, user.DisplayName, organisations, assignments.Any(a => a.Role == Role.AssociationAdministrator));
    }
}
