using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Infrastructure.Errors;

namespace Samordna.Web.Features.Governance;

/// <summary>How the governance endpoints answer: a created row's id and version at its address, a saved version, or a row that is not there.</summary>
internal static class GovernanceApi
{
    public static Results<Created<Saved>, ValidationProblem, ProblemHttpResult> CreatedOrError(Result<Saved> result, string location) =>
        ApiResults.From(result, saved => TypedResults.Created($"{location}/{saved.Id}", saved));

    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> OkOrError<T>(Result<T> result) =>
        ApiResults.From(result, TypedResults.Ok);

    public static Results<Ok<T>, ProblemHttpResult> Found<T>(T? value, Error notFound)
        where T : class =>
        value is null ? ApiResults.Problem(notFound) : TypedResults.Ok(value);
}
