namespace Samordna.Web.Features.Registry.ExitMember;

/// <summary>Record an exit with notice. The API endpoints of this use case; the area file lists them.</summary>
internal static class ExitMemberEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapPost("/members/{membershipId:guid}/exit", ExitMember)
            .Declare(RegistryPermissions.Manage, "ExitMember", "En medlem säger upp sig (noticeDate); utträdet gäller från effectiveDate eller tidigast när uppsägningstiden löpt ut. FK och AF kan inte träda ut.");
    }

    private static Task<Results<Ok<ExitRecorded>, ValidationProblem, ProblemHttpResult>> ExitMember(
        Guid associationId, Guid membershipId, ExitMemberRequest request, ExitMemberHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(ExitMemberHandler.Validate(request), () => handler.HandleAsync(associationId, membershipId, request, ct), value => TypedResults.Ok(value));
}
