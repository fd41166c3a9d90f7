namespace Samordna.Web.Features.Registry.MergeAssociations;

/// <summary>Record a merger. The API endpoints of this use case; the area file lists them.</summary>
internal static class MergeAssociationsEndpoints
{
    public static void Map(RouteGroupBuilder registry)
    {
        registry.MapPost("/mergers", Merge)
            .Declare(RegistryPermissions.ManageNational, "MergeAssociations", "Registrera en sammanslagning: det ena förbundet består, det andra upplöses och dess medlemmar flyttar.");
    }

    private static Task<Results<Ok<MergeRecorded>, ValidationProblem, ProblemHttpResult>> Merge(
        MergeAssociationsRequest request, MergeAssociationsHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(MergeAssociationsHandler.Validate(request), () => handler.HandleAsync(request, ct), value => TypedResults.Ok(value));
}
