namespace Samordna.Web.Features.Governance.SaveAgendaItem;

/// <summary>Add or change an agenda item. The API endpoints of this use case; the area file lists them.</summary>
internal static class SaveAgendaItemEndpoints
{
    public static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapPost("/{meetingId:guid}/agenda", CreateAgendaItem)
            .Declare(GovernancePermissions.Manage, "CreateAgendaItem", "Lägg till en punkt på dagordningen (sist om inget nummer anges).");
        meetings.MapPut("/{meetingId:guid}/agenda/{agendaItemId:guid}", UpdateAgendaItem)
            .Declare(GovernancePermissions.Manage, "UpdateAgendaItem", "Ändra en punkt på dagordningen. 409 vid gammal version.");
    }

    private static Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateAgendaItem(
        Guid associationId, Guid meetingId, AgendaItemRequest request, SaveAgendaItemHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveAgendaItemHandler.Validate(request, isUpdate: false), () => handler.CreateAsync(associationId, meetingId, request, ct), saved => TypedResults.Created($"/api/v1/associations/{associationId}/meetings/{meetingId}/agenda/{saved.Id}", saved));

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateAgendaItem(
        Guid associationId, Guid meetingId, Guid agendaItemId, AgendaItemRequest request, SaveAgendaItemHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveAgendaItemHandler.Validate(request, isUpdate: true), () => handler.UpdateAsync(associationId, meetingId, agendaItemId, request, ct), TypedResults.Ok);
}
