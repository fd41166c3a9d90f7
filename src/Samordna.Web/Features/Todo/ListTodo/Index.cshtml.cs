namespace Samordna.Web.Features.Todo.ListTodo;

[RequirePermission(TodoPermissions.View)]
public sealed class IndexModel(ListTodoHandler handler) : PageModel
{
    public TodoListResponse List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid associationId, CancellationToken ct)
    {
        var list = await handler.HandleAsync(associationId, ct);
        if (list is null)
        {
            return NotFound();
        }

        List = list;
        return Page();
    }

    /// <summary>"3 punkter att göra, varav 1 försenad" in Swedish number agreement.</summary>
    public static string Summary(TodoListResponse list) =>
        list.OverdueCount == 0
            ? $"{SwedishCulture.Count(list.Count, "punkt", "punkter")} att göra."
            : $"{SwedishCulture.Count(list.Count, "punkt", "punkter")} att göra, varav {SwedishCulture.Count(list.OverdueCount, "försenad", "försenade")}.";
}
