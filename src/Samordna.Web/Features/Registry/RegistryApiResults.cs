using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Infrastructure.Errors;

namespace Samordna.Web.Features.Registry;

internal static class RegistryApiResults
{
    /// <summary>An input error on a named field becomes a 400 naming that field; any other error a problem with its own status.</summary>
    public static Results<TOk, ValidationProblem, ProblemHttpResult> Failure<TOk>(Error error)
        where TOk : IResult
    {
        if (error.Kind == ErrorKind.Validation && error.Field is { } field)
        {
            return ApiResults.Validation(field, error.Message);
        }

        return ApiResults.Problem(error);
    }
}
