namespace Samordna.Web.Domain;

/// <summary>
/// The one way a date is written and read in Samordna: ÅÅÅÅ-MM-DD, within <see cref="Earliest"/> and
/// <see cref="Latest"/>. Dates outside that range (0001-01-01, 9999-12-31) are typing mistakes or probes, never
/// business dates, and are refused everywhere: forms, the API's JSON and imports.
/// </summary>
public static class DateText
{
    public const string Format = "yyyy-MM-dd";

    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2199, 12, 31);

    public enum Problem
    {
        None,
        Unreadable,
        OutOfRange,
    }

    public static bool IsPlausible(DateOnly date) => date >= Earliest && date <= Latest;

    public static Problem TryParse(string? text, out DateOnly date)
    {
        if (!DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return Problem.Unreadable;
        }

        return IsPlausible(date) ? Problem.None : Problem.OutOfRange;
    }

    /// <summary>The Swedish message for a problem with the field <paramref name="label"/>.</summary>
    public static string Message(Problem problem, string label) => problem switch
    {
        Problem.OutOfRange => $"{label} måste ligga mellan {Text(Earliest)} och {Text(Latest)}.",
        _ => $"{label} ska skrivas som ÅÅÅÅ-MM-DD, till exempel 2027-04-01.",
    };

    public static string Text(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static string Text(DateOnly? date) => date is { } d ? Text(d) : string.Empty;
}
