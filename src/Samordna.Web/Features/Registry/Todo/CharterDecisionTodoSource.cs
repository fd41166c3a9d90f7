using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;
using Samordna.Web.Features.Todo;

namespace Samordna.Web.Features.Registry.Todo;

/// <summary>
/// Members' decisions on a new charter version that are still outstanding (9 § lag (2003:1210)): one item per member
/// that has not decided, for that member, due on the day the version is meant to take effect.
/// </summary>
public sealed class CharterDecisionTodoSource(RegisterReader reader) : ITodoSource
{
    public const string Code = "TODO-REGISTRY-CHARTER-DECISION";

    /// <summary>The panel's finding lists the same members in one sentence; here each member gets its own item.</summary>
    public IReadOnlyCollection<string> ReplacesFindings => [CharterRule.Code];

    public async Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today, CancellationToken ct)
    {
        var members = await reader.MemberPeriodsAsync(associationId, ct);
        var versions = await reader.CharterVersionsAsync(associationId, ct);
        foreach (var v in versions)
        {
            v.Decisions = v.Decisions.Where(d => d.DecidedOn <= today).ToList();
        }

        var inForce = CharterRule.InForceOn(versions, members, today);
        var names = members.GroupBy(m => m.OrganisationId).ToDictionary(g => g.Key, g => g.First().Name);
        return versions
            .Where(v => inForce is null || v.ValidFrom > inForce.ValidFrom)
            .SelectMany(v => CharterRule.Status(v, members).MissingDecisions.Select(id => new TodoItem(
                Code, "Förbundsordning", v.ValidFrom, TodoAudience.Member(id, names[id]),
                $"{names[id]} har inte beslutat om förbundsordningen från {SwedishCulture.Date(v.ValidFrom)}. Den gäller först när alla medlemmar har beslutat om den.",
                $"/forbund/{associationId}/forbundsordning/{v.Id}")))
            .ToList();
    }
}
