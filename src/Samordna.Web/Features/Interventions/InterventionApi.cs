using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions;

/// <summary>The one shape of the area's change endpoints: validate, act as the signed-in user's <see cref="InterventionActor"/>, answer 200 with the new version.</summary>
internal static class InterventionApi
{
    public static async Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid associationId, ValidationErrors errors, InterventionActors actors, Func<InterventionActor, Task<Result<Saved>>> change, CancellationToken ct)
    {
        var actor = await actors.ForAsync(associationId, ct);
        return await ApiResults.ValidateThen(errors, () => change(actor), TypedResults.Ok);
    }
}
