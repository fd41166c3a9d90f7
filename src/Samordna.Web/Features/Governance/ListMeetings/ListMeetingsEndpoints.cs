namespace Samordna.Web.Features.Governance.ListMeetings;

/// <summary>The board meetings. The API endpoints of this use case; the area file lists them.</summary>
internal static class ListMeetingsEndpoints
{
    public static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapGet("", async (Guid associationId, ListMeetingsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(associationId, ct)))
            .RequirePermission(GovernancePermissions.View)
            .WithName("ListMeetings")
            .WithSummary("Styrelsens sammanträden, senaste först.");
    }
}
