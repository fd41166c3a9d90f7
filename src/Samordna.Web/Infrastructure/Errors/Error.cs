namespace Samordna.Web.Infrastructure.Errors;

/// <summary>What kind of failure an expected error is; decides the HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    BusinessRule,
    TooManyRequests,
}

/// <summary>
/// An expected failure with a stable code (clients may rely on it) and a Swedish message (users read it), and where
/// it is: the input <see cref="Field"/>, the file <see cref="Row"/>, the <see cref="Subjects"/> (codes of the
/// associations or members it is about, so a page can mark them). Each area lists its errors in its own <c>*Errors.cs</c>.
/// </summary>
public sealed record Error(string Code, string Message, ErrorKind Kind = ErrorKind.BusinessRule, string? Field = null)
{
    /// <summary>The row of an imported file the error is about (1 = the first data row as the user counts), if any.</summary>
    public int? Row { get; init; }

    /// <summary>Codes of the associations, members or units the error names; empty when it names none.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    public override string ToString() => $"{Code}: {Message}";

    public int StatusCode => Kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.BusinessRule => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };

    public Error WithMessage(string message) => this with { Message = message };
}

/// <summary>Errors every area can produce.</summary>
public static class CommonErrors
{
    public static readonly Error ValidationFailed = new("VALIDATION_FAILED", "Uppgifterna innehåller fel. Rätta de markerade fälten.", ErrorKind.Validation);
    public static readonly Error NotFound = new("NOT_FOUND", "Det du söker finns inte, eller så saknar du behörighet att se det.", ErrorKind.NotFound);
    public static readonly Error ConcurrencyConflict = new("CONCURRENCY_CONFLICT", "Någon annan har ändrat uppgifterna sedan du hämtade dem. Hämta dem på nytt och gör om ändringen.", ErrorKind.Conflict);
    public static readonly Error Forbidden = new("FORBIDDEN", "Du saknar behörighet för detta.", ErrorKind.Forbidden);
    public static readonly Error Unauthenticated = new("UNAUTHENTICATED", "Du behöver logga in.", ErrorKind.Forbidden);
    public static readonly Error BadRequestBody = new("INVALID_REQUEST_BODY", "Anropets innehåll kunde inte läsas.", ErrorKind.Validation);
    public static readonly Error Unexpected = new("UNEXPECTED_ERROR", "Ett oväntat fel inträffade. Försök igen, och kontakta supporten om felet kvarstår.", ErrorKind.BusinessRule);
    public static readonly Error TooManyRequests = new("TOO_MANY_REQUESTS", "För många försök. Vänta en stund och försök igen.", ErrorKind.TooManyRequests);
}

/// <summary>
/// Either a value or one or more expected errors; the one result type of every handler and rule. <see cref="Error"/>
/// is the first error (most failures have one); <see cref="Errors"/> all of them (a rule engine or an import reports
/// every problem at once).
/// </summary>
public readonly struct Result<T>
{
    private Result(T? value, IReadOnlyList<Error> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<Error> Errors { get; }

    public Error? Error => Errors is { Count: > 0 } e ? e[0] : null;

    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Errors is null || Errors.Count == 0;

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(Error error) => new(default, [error]);

    public static Result<T> Failure(IReadOnlyList<Error> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);

    /// <summary>The value, or an exception listing every error; for callers that have already validated.</summary>
    public T ValueOrThrow() =>
        IsSuccess ? Value! : throw new InvalidOperationException(string.Join(Environment.NewLine, Errors.Select(e => e.ToString())));

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}

/// <summary>What pages and problem details say about several errors at once.</summary>
public static class ErrorLists
{
    /// <summary>Every message, in order, as one text.</summary>
    public static string Describe(this IReadOnlyList<Error> errors) => string.Join(" ", errors.Select(e => e.Message));

    /// <summary>The codes of everything the errors name, each once, in order of first mention.</summary>
    public static IReadOnlyList<string> Subjects(this IReadOnlyList<Error> errors) =>
        errors.SelectMany(e => e.Subjects).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>True when every error is about an input field (a 400), not about whether the request can be met (a 422).</summary>
    public static bool AreAllAboutFields(this IReadOnlyList<Error> errors) => errors.Count > 0 && errors.All(e => e.Field is not null);
}
