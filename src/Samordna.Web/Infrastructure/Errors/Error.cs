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
/// An expected failure with a stable code (clients may rely on it) and a Swedish message (users read it).
/// Each area lists its errors in its own <c>*Errors.cs</c>.
/// </summary>
public sealed record Error(string Code, string Message, ErrorKind Kind = ErrorKind.BusinessRule, string? Field = null)
{
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

/// <summary>Either a value or an expected error.</summary>
public readonly struct Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}
