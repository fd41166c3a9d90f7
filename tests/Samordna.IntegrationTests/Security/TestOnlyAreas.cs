using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samordna.Web.Domain;
using Samordna.Web.Features.Registry.AssociationOverview;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.IntegrationTests.Security;

/// <summary>
/// A feature area added only in tests: the members endpoint with its scope check removed, and endpoints that fail,
/// so the tests can prove the matrix catches a leak and that failures never show internals.
/// </summary>
public sealed class TestOnlyArea : IFeatureArea
{
    public void MapApi(RouteGroupBuilder api)
    {
        // Same handler as GET /associations/{associationId}/members, but without RequirePermission: a leak.
        api.MapGet("/associations/{associationId:guid}/leaky-members",
                async (Guid associationId, GetAssociationHandler handler, TimeProvider clock) =>
                    TypedResults.Ok(await handler.MembersAsync(associationId, SwedishCulture.Today(clock), CancellationToken.None)))
            .RequireAuthorization();
        api.MapGet("/test/boom", string () => throw new InvalidOperationException("secret internal detail: connection string xyz"))
            .AllowAnonymous();
    }
}
