using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Samordna.Web.Infrastructure.Errors;

/// <summary>
/// Turns exceptions on API paths into problem details: a stale version becomes 409, unreadable input 400 naming the
/// field, anything else a 500 without internals. Page requests fall through to the error page.
/// </summary>
public sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed Request.Path at the error page; the feature keeps the original.
        var path = new PathString(httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path.Value);
        if (!path.StartsWithSegments("/api"))
        {
            if (exception is not DbUpdateConcurrencyException && !(exception is DbUpdateException race && Data.DatabaseErrors.IsConflict(race)))
            {
                logger.LogError(exception, "Unhandled exception on {Path}", path.Value);
            }

            return false;
        }

        var (status, code, detail, errors) = Describe(exception);
        logger.LogDebug(exception, "API request failed with {Status}: {Message}", status, exception.Message);
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Path}", path.Value);
        }

        httpContext.Response.StatusCode = status;
        var problem = errors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = ApiResults.Title(status);
        problem.Detail = detail;
        problem.Extensions[ApiResults.CodeKey] = code;
        problem.Extensions["traceId"] = httpContext.TraceIdentifier;
        await httpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        return true;
    }

    internal static (int Status, string Code, string Detail, Dictionary<string, string[]>? Errors) Describe(Exception exception)
    {
        switch (exception)
        {
            case DbUpdateConcurrencyException:
                return (409, CommonErrors.ConcurrencyConflict.Code, CommonErrors.ConcurrencyConflict.Message, null);
            case DbUpdateException race when Data.DatabaseErrors.IsConflict(race):
                // Two saves of the same key at the same moment: the later one is told to fetch and try again.
                return (409, CommonErrors.ConcurrencyConflict.Code, CommonErrors.ConcurrencyConflict.Message, null);
            case BadHttpRequestException bad:
                return DescribeBadRequest(bad);
            default:
                return (500, CommonErrors.Unexpected.Code, CommonErrors.Unexpected.Message, null);
        }
    }

    private static (int, string, string, Dictionary<string, string[]>?) DescribeBadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (413, "PAYLOAD_TOO_LARGE", "Anropet är för stort.", null);
        }

        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return (415, "UNSUPPORTED_MEDIA_TYPE", "Innehållet måste skickas som JSON (Content-Type: application/json).", null);
        }

        if (bad.InnerException is JsonException json)
        {
            var field = FieldFromJsonPath(json.Path);
            var message = field.Length == 0
                ? "Anropets innehåll är inte giltig JSON."
                : (json as SwedishJsonException ?? json.InnerException as SwedishJsonException) is { } own
                    ? $"Fältet '{field}': {own.Message}"
                    : $"Fältet '{field}' har ett ogiltigt värde eller fel datatyp.";
            var key = field.Length == 0 ? "body" : field;
            return (400, CommonErrors.BadRequestBody.Code, message, new Dictionary<string, string[]> { [key] = [message] });
        }

        if (bad.Message.Contains("no body was provided", StringComparison.Ordinal) || bad.Message.Contains("from body", StringComparison.Ordinal))
        {
            const string missing = "Anropet saknar innehåll.";
            return (400, CommonErrors.BadRequestBody.Code, missing, new Dictionary<string, string[]> { ["body"] = [missing] });
        }

        var param = ParameterName().Match(bad.Message);
        if (param.Success)
        {
            var name = param.Groups["name"].Value;
            var message = bad.Message.StartsWith("Required parameter", StringComparison.Ordinal)
                ? $"Parametern '{name}' måste anges."
                : $"Parametern '{name}' har ett ogiltigt värde.";
            return (400, "INVALID_PARAMETER", message, new Dictionary<string, string[]> { [name] = [message] });
        }

        return (400, CommonErrors.BadRequestBody.Code, CommonErrors.BadRequestBody.Message, null);
    }

    /// <summary>"$.members[2].name" becomes "members[2].name".</summary>
    internal static string FieldFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    [GeneratedRegex("parameter \"(?:[^\"]*? )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterName();
}
