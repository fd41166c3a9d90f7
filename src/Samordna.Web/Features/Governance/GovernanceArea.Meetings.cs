using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Features.Governance.ListMeetings;
using Samordna.Web.Features.Governance.RecordAttendance;
using Samordna.Web.Features.Governance.SaveAgendaItem;
using Samordna.Web.Features.Governance.SaveDecision;
using Samordna.Web.Features.Governance.SaveMeeting;
using Samordna.Web.Features.Governance.ViewMeeting;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Governance;

public sealed partial class GovernanceArea
{
    private static void MapMeetings(RouteGroupBuilder meetings)
    {
        meetings.MapGet("", async (Guid associationId, ListMeetingsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(associationId, ct)))
            .RequirePermission(GovernancePermissions.View)
            .WithName("ListMeetings")
            .WithSummary("Styrelsens sammanträden, senaste först.");
        meetings.MapPost("", CreateMeeting)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("CreateMeeting")
            .WithSummary("Registrera ett sammanträde.");
        meetings.MapGet("/{meetingId:guid}", async (Guid associationId, Guid meetingId, GetMeetingHandler h, CancellationToken ct) =>
                Found(await h.HandleAsync(associationId, meetingId, ct), GovernanceErrors.MeetingNotFound))
            .RequirePermission(GovernancePermissions.View)
            .WithName("GetMeeting")
            .WithSummary("Ett sammanträde med dagordning, beslut, närvaro och beslutförhet (mer än hälften av platserna).");
        meetings.MapPut("/{meetingId:guid}", UpdateMeeting)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("UpdateMeeting")
            .WithSummary("Ändra ett sammanträde, till exempel när protokollet är justerat. 409 vid gammal version.");
        meetings.MapPost("/{meetingId:guid}/agenda", CreateAgendaItem)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("CreateAgendaItem")
            .WithSummary("Lägg till en punkt på dagordningen (sist om inget nummer anges).");
        meetings.MapPut("/{meetingId:guid}/agenda/{agendaItemId:guid}", UpdateAgendaItem)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("UpdateAgendaItem")
            .WithSummary("Ändra en punkt på dagordningen. 409 vid gammal version.");
        meetings.MapPut("/{meetingId:guid}/attendance", RecordAttendance)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("RecordAttendance")
            .WithSummary("Registrera vilka som var närvarande; tjänstgörande ersättare räknas fram. Skicka sammanträdets version; svaret visar beslutförheten.");
        meetings.MapPost("/{meetingId:guid}/decisions", CreateDecision)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("CreateDecision")
            .WithSummary("Registrera ett beslut (§). Utan nummer får beslutet nästa lediga nummer för året.");
    }

    private static async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateMeeting(
        Guid associationId, MeetingRequest request, SaveMeetingHandler handler, CancellationToken ct)
    {
        var errors = SaveMeetingHandler.Validate(request, isUpdate: false);
        return errors.IsValid
            ? CreatedOrError(await handler.CreateAsync(associationId, request, ct), $"/api/v1/associations/{associationId}/meetings")
            : ApiResults.Validation(errors);
    }

    private static async Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateMeeting(
        Guid associationId, Guid meetingId, MeetingRequest request, SaveMeetingHandler handler, CancellationToken ct)
    {
        var errors = SaveMeetingHandler.Validate(request, isUpdate: true);
        return errors.IsValid ? OkOrError(await handler.UpdateAsync(associationId, meetingId, request, ct)) : ApiResults.Validation(errors);
    }

    private static async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateAgendaItem(
        Guid associationId, Guid meetingId, AgendaItemRequest request, SaveAgendaItemHandler handler, CancellationToken ct)
    {
        var errors = SaveAgendaItemHandler.Validate(request, isUpdate: false);
        return errors.IsValid
            ? CreatedOrError(await handler.CreateAsync(associationId, meetingId, request, ct), $"/api/v1/associations/{associationId}/meetings/{meetingId}/agenda")
            : ApiResults.Validation(errors);
    }

    private static async Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateAgendaItem(
        Guid associationId, Guid meetingId, Guid agendaItemId, AgendaItemRequest request, SaveAgendaItemHandler handler, CancellationToken ct)
    {
        var errors = SaveAgendaItemHandler.Validate(request, isUpdate: true);
        return errors.IsValid ? OkOrError(await handler.UpdateAsync(associationId, meetingId, agendaItemId, request, ct)) : ApiResults.Validation(errors);
    }

    private static async Task<Results<Ok<AttendanceResult>, ValidationProblem, ProblemHttpResult>> RecordAttendance(
        Guid associationId, Guid meetingId, AttendanceRequest request, RecordAttendanceHandler handler, CancellationToken ct)
    {
        var errors = RecordAttendanceHandler.Validate(request);
        return errors.IsValid ? OkOrError(await handler.HandleAsync(associationId, meetingId, request, ct)) : ApiResults.Validation(errors);
    }

    private static async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateDecision(
        Guid associationId, Guid meetingId, DecisionRequest request, SaveDecisionHandler handler, CancellationToken ct)
    {
        var errors = SaveDecisionHandler.Validate(request, isUpdate: false);
        return errors.IsValid
            ? CreatedOrError(await handler.CreateAsync(associationId, meetingId, request, ct), $"/api/v1/associations/{associationId}/decisions")
            : ApiResults.Validation(errors);
    }
}
