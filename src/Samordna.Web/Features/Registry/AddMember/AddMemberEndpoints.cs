using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Registry.AddMember;

/// <summary>Record a join. The API endpoints of this use case; the area file lists them.</summary>
internal static class AddMemberEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapPost("/members", AddMember)
            .RequirePermission(RegistryPermissions.Manage)
            .WithName("AddMember")
            .WithSummary("En organisation går in i förbundet (utvidgning) från effectiveDate. Sammansättningsregeln prövas för varje dag.");
    }

    private static async Task<Results<Created<CreatedResponse>, ValidationProblem, ProblemHttpResult>> AddMember(
        Guid associationId, AddMemberRequest request, AddMemberHandler handler, CancellationToken ct)
    {
        var errors = AddMemberHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, request, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/associations/{associationId}/members", new CreatedResponse(result.Value))
            : ApiResults.Failure<Created<CreatedResponse>>(result.Error!);
    }
}
