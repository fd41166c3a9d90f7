namespace Samordna.Web.Features.Todo.ListTodo;

/// <summary>The association's to-do list for the signed-in user. The API endpoint of this use case; the area file lists it.</summary>
internal static class ListTodoEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/associations/{associationId:guid}/todo", GetTodo)
            .WithTags("Att göra")
            .Declare(TodoPermissions.View, "GetTodo", "Det som ska göras i förbundet i dag och som gäller den inloggade användarens roll: försenat först, sedan efter sista dag.");

    private static async Task<Results<Ok<TodoListResponse>, ProblemHttpResult>> GetTodo(Guid associationId, ListTodoHandler handler, CancellationToken ct) =>
        ApiResults.OkOrNotFound(await handler.HandleAsync(associationId, ct), TodoErrors.AssociationNotFound);
}
