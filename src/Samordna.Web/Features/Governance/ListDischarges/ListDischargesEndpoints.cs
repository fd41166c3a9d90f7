namespace Samordna.Web.Features.Governance.ListDischarges;

/// <summary>The discharge decisions. The API endpoints of this use case; the area file lists them.</summary>
internal static class ListDischargesEndpoints
{
    public static void Map(RouteGroupBuilder discharges)
    {
        discharges.MapGet("", async (Guid associationId, int? year, ListDischargesHandler h, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(associationId, year ?? SwedishCulture.Today(clock).Year - 1, ct)))
            .Declare(GovernancePermissions.View, "ListDischarges", "Ansvarsfrihet ett räkenskapsår (year, standard förra året): varje medlems beslut.");
        discharges.MapGet("/{dischargeId:guid}", async (Guid associationId, Guid dischargeId, ListDischargesHandler h, CancellationToken ct) =>
                ApiResults.OkOrNotFound(await h.OneAsync(associationId, dischargeId, ct), GovernanceErrors.DischargeNotFound))
            .Declare(GovernancePermissions.View, "GetDischarge", "En medlems beslut om ansvarsfrihet.");
    }
}
