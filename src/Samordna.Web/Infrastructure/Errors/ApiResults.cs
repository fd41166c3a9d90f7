namespace Samordna.Web.Infrastructure.Errors;

/// <summary>The one API error contract: RFC 9457 problem details with a stable <c>code</c> and a Swedish <c>detail</c>.</summary>
public static class ApiResults
{
    public const string CodeKey = "code";

    public static ProblemHttpResult Problem(Error error, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?>(extra ?? new Dictionary<string, object?>()) { [CodeKey] = error.Code };
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: error.StatusCode,
            title: Title(error.StatusCode),
            extensions: extensions);
    }

    public static ValidationProblem Validation(ValidationErrors errors, string? detail = null) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(),
            detail: detail ?? CommonErrors.ValidationFailed.Message,
            title: Title(StatusCodes.Status400BadRequest),
            extensions: new Dictionary<string, object?> { [CodeKey] = CommonErrors.ValidationFailed.Code });

    public static ValidationProblem Validation(string field, string message) => Validation(new ValidationErrors().Add(field, message));

    /// <summary>
    /// The one mapping of an expected failure to HTTP: an input error about a named field is a 400 keyed by that field
    /// (as a validation failure is); any other error is a problem with its kind's status (404, 409, 422, …) and code.
    /// </summary>
    public static Results<TOk, ValidationProblem, ProblemHttpResult> Failure<TOk>(Error error)
        where TOk : IResult =>
        error.Kind == ErrorKind.Validation && error.Field is { } field ? Validation(field, error.Message) : Problem(error);

    /// <summary><see cref="Failure{TOk}"/> for an endpoint with two success answers (200 or 201, say).</summary>
    public static Results<TOk1, TOk2, ValidationProblem, ProblemHttpResult> Failure<TOk1, TOk2>(Error error)
        where TOk1 : IResult
        where TOk2 : IResult =>
        error.Kind == ErrorKind.Validation && error.Field is { } field ? Validation(field, error.Message) : Problem(error);

    /// <summary>
    /// The one shape of a write endpoint: the handler's <c>Validate</c> errors are a 400 naming the fields; otherwise
    /// the use case runs and its result goes through <see cref="From{T, TOk}"/>.
    /// </summary>
    public static async Task<Results<TOk, ValidationProblem, ProblemHttpResult>> ValidateThen<T, TOk>(
        ValidationErrors errors, Func<Task<Result<T>>> handle, Func<T, TOk> ok)
        where TOk : IResult =>
        errors.IsValid ? From(await handle(), ok) : Validation(errors);

    /// <summary>A read: the row, or the given not-found error as a problem.</summary>
    public static Results<Ok<T>, ProblemHttpResult> OkOrNotFound<T>(T? value, Error notFound)
        where T : class =>
        value is null ? Problem(notFound) : TypedResults.Ok(value);

    /// <summary>A read answered in the API's own shape: <paramref name="answer"/> of the row, or the not-found error as a problem.</summary>
    public static Results<Ok<TResponse>, ProblemHttpResult> OkOrNotFound<T, TResponse>(T? value, Error notFound, Func<T, TResponse> answer)
        where T : class =>
        value is null ? Problem(notFound) : TypedResults.Ok(answer(value));

    /// <summary>A handler's result as HTTP: <paramref name="ok"/> for its value, <see cref="Failure{TOk}"/> for its error.</summary>
    public static Results<TOk, ValidationProblem, ProblemHttpResult> From<T, TOk>(Result<T> result, Func<T, TOk> ok)
        where TOk : IResult =>
        result.IsSuccess ? ok(result.Value!) : Failure<TOk>(result.Error!);

    public static string Title(int status) => status switch
    {
        400 => "Felaktiga uppgifter",
        401 => "Inloggning krävs",
        403 => "Åtkomst nekad",
        404 => "Hittades inte",
        405 => "Metoden stöds inte",
        409 => "Konflikt",
        412 => "Villkoret uppfylls inte",
        413 => "För stort innehåll",
        415 => "Innehållstypen stöds inte",
        422 => "Kan inte genomföras",
        429 => "För många anrop",
        _ when status >= 500 => "Serverfel",
        _ => "Fel",
    };
}
