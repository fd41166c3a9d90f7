using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Todo.ListTodo;

/// <summary>One to-do item as the page and the API show it.</summary>
public sealed record TodoEntry(
    string Code,
    string Area,
    DateOnly? DueOn,
    bool Overdue,
    TodoAudienceKind Audience,
    Guid? OrganisationId,
    string Who,
    string Text,
    string Link);

/// <summary>What the signed-in user should do in one association on <see cref="Today"/>, overdue first.</summary>
public sealed record TodoListResponse(Guid AssociationId, DateOnly Today, int Count, int OverdueCount, IReadOnlyList<TodoEntry> Items);

/// <summary>
/// Runs every registered <see cref="ITodoSource"/> for the association on today's date (Swedish time, from the
/// injected clock), one after the other on the request's database context, and keeps what concerns the user.
/// </summary>
public sealed class ListTodoHandler(IEnumerable<ITodoSource> sources, AppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<TodoListResponse?> HandleAsync(Guid associationId, CancellationToken ct)
    {
        var association = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == associationId, ct);
        if (association is null)
        {
            return null;
        }

        var today = SwedishCulture.Today(clock);
        var items = new List<TodoItem>();
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        // An association that has ended (or is not yet formed) has nothing to do.
        foreach (var source in association.ExistsOn(today) ? sources : [])
        {
            items.AddRange(await source.ItemsAsync(associationId, today, ct));
            replaced.UnionWith(source.ReplacesFindings);
        }

        var viewer = TodoViewer.For(await user.GetAssignmentsAsync(ct), associationId);
        var entries = TodoList.For(items, replaced, viewer, today)
            .Select(i => new TodoEntry(i.Code, i.Area, i.DueOn, i.IsOverdueOn(today), i.Audience.Kind, i.Audience.OrganisationId, i.Audience.Describe(), i.Text, i.Link))
            .ToList();
        return new TodoListResponse(associationId, today, entries.Count, entries.Count(e => e.Overdue), entries);
    }
}
