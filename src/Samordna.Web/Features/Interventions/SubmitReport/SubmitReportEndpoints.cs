using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.SubmitReport;

/// <summary>Write an interim or final report. The API endpoints of this use case; the area file lists them.</summary>
internal static class SubmitReportEndpoints
{
    public static void Map(RouteGroupBuilder interventions)
    {
        interventions.MapPut("/{interventionId:guid}/reports/{reportId:guid}", Save)
            .Declare(InterventionsPermissions.Apply, "SaveInterventionReport", "Spara en del- eller slutrapport som utkast, eller lämna in den (submit = true).");
    }

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Save(
        Guid associationId, Guid interventionId, Guid reportId, ReportRequest request, SubmitReportHandler handler, InterventionActors actors, CancellationToken ct) =>
        InterventionApi.ChangeAsync(associationId, SubmitReportHandler.Validate(request), actors, actor => handler.HandleAsync(associationId, interventionId, reportId, request, actor, ct), ct);
}
