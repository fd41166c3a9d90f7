using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Registry.RecordCharterDecision;

/// <summary>Record a member's decision on a charter version. The API endpoints of this use case; the area file lists them.</summary>
internal static class RecordCharterDecisionEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapPost("/charter/{charterVersionId:guid}/decisions", RecordDecision)
            .RequirePermission(RegistryPermissions.Manage)
            .WithName("RecordCharterDecision")
            .WithSummary("Registrera en medlems beslut om en version av förbundsordningen.");
    }

    private static async Task<Results<Ok<CharterDecisionRecorded>, ValidationProblem, ProblemHttpResult>> RecordDecision(
        Guid associationId, Guid charterVersionId, RecordCharterDecisionRequest request, RecordCharterDecisionHandler handler, CancellationToken ct)
    {
        var errors = RecordCharterDecisionHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, charterVersionId, request, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : ApiResults.Failure<Ok<CharterDecisionRecorded>>(result.Error!);
    }
}
