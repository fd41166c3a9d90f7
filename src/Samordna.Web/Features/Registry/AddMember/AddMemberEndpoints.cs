namespace Samordna.Web.Features.Registry.AddMember;

/// <summary>Record a join. The API endpoints of this use case; the area file lists them.</summary>
internal static class AddMemberEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapPost("/members", AddMember)
            .Declare(RegistryPermissions.Manage, "AddMember", "En organisation går in i förbundet (utvidgning) från effectiveDate. Sammansättningsregeln prövas för varje dag.");
    }

    private static Task<Results<Created<CreatedResponse>, ValidationProblem, ProblemHttpResult>> AddMember(
        Guid associationId, AddMemberRequest request, AddMemberHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(AddMemberHandler.Validate(request), () => handler.HandleAsync(associationId, request, ct), value => TypedResults.Created($"/api/v1/associations/{associationId}/members", new CreatedResponse(value)));
}
