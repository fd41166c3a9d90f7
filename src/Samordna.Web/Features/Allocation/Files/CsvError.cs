using System.Diagnostics.CodeAnalysis;

namespace Samordna.Web.Features.Allocation.Files;

/// <summary>A problem in an input file, located by file, row (the line number, header = 1) and column.</summary>
public sealed record CsvError(string File, int? Row, string? Column, string Code, string Message)
{
    /// <summary>A problem of the table module (<see cref="TabularFile"/>), located in <paramref name="file"/>.</summary>
    public static CsvError From(string file, FileProblem problem) => new(file, problem.Row, problem.Column, problem.Code, problem.Message);

    /// <summary>"units.csv, rad 5, kolumn "Försörjningsmått": …".</summary>
    public override string ToString()
    {
        var where = File;
        if (Row is { } row)
        {
            where += $", rad {row}";
        }

        if (Column is not null)
        {
            where += $", kolumn \"{Column}\"";
        }

        return $"{where}: {Message}";
    }
}

/// <summary>Either the parsed value or every error found (all rows, all files); never a partial value.</summary>
public sealed class CsvReadResult<T>
    where T : class
{
    private CsvReadResult(T? value, IReadOnlyList<CsvError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<CsvError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Value is not null;

    public static CsvReadResult<T> Success(T value) => new(value, []);

    public static CsvReadResult<T> Failure(IReadOnlyList<CsvError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(null, errors);
}

/// <summary>Stable codes of file errors.</summary>
public static class CsvErrorCodes
{
    public const string FileMissing = "CSV_FILE_MISSING";
    public const string FileEmpty = "CSV_FILE_EMPTY";
    public const string BadQuotes = "CSV_BAD_QUOTES";
    public const string ColumnMissing = "CSV_COLUMN_MISSING";
    public const string ColumnAmbiguous = "CSV_COLUMN_AMBIGUOUS";
    public const string ColumnUnknown = "CSV_COLUMN_UNKNOWN";
    public const string ValueMissing = "CSV_VALUE_MISSING";
    public const string ValueInvalid = "CSV_VALUE_INVALID";
    public const string Duplicate = "CSV_DUPLICATE";
    public const string ParameterUnknown = "CSV_PARAMETER_UNKNOWN";
    public const string AgeBandMismatch = "CSV_AGE_BAND_MISMATCH";
}
