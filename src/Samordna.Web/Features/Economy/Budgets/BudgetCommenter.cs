namespace Samordna.Web.Features.Economy.Budgets;

/// <summary>For whom the signed-in user may comment on a budget proposal: the office for any member, a representative for their own.</summary>
public sealed class BudgetCommenter(AccessControl access)
{
    /// <summary>Null: any member (the office records comments that came by letter); otherwise the members the user represents.</summary>
    public async Task<IReadOnlySet<Guid>?> ForAsync(Guid associationId, CancellationToken ct)
    {
        if (await access.IsAllowedAsync(EconomyPermissions.ManageBudget, associationId, ct))
        {
            return null;
        }

        return (await access.User.GetAssignmentsAsync(ct))
            .Where(a => a.AssociationId == associationId && a.Role == Role.MemberRepresentative && a.MemberOrganisationId is not null)
            .Select(a => a.MemberOrganisationId!.Value)
            .ToHashSet();
    }
}
