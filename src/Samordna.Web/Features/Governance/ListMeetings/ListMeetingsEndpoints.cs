namespace Samordna.Web.Features.Governance.ListMeetings;

/// <summary>The board meetings. The API endpoints of this use case; the area file lists them.</summary>
internal static class ListMeetingsEndpoints
{
    public static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapGet("", async (Guid associationId, ListMeetingsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(associationId, ct)))
            .Declare(GovernancePermissions.View, "ListMeetings", "Styrelsens sammanträden, senaste först.");
    }
}
