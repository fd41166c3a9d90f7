using Microsoft.AspNetCore.Mvc.ModelBinding;
using Samordna.Web.Features.Allocation.Files;

namespace Samordna.Web.Features.Shared.Forms;

/// <summary>
/// The one way a form page reads what people type into text fields: dates (ÅÅÅÅ-MM-DD, within
/// <see cref="DateText"/>'s range), amounts ("1 250 000"), shares ("0,75", "75 %") and years. A text that cannot be
/// read is reported on its field with one message, and the field is then left out of later checks (a mistyped date
/// is never reported as missing). Empty means "not given" (null).
/// </summary>
public static class FormFields
{
    public static DateOnly? Date(ValidationErrors errors, string field, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var problem = DateText.TryParse(text, out var date);
        if (problem == DateText.Problem.None)
        {
            return date;
        }

        errors.Add(field, DateText.Message(problem, label));
        return null;
    }

    /// <summary>The "as of" date of a page's query: today when empty; an unreadable date is reported on <paramref name="key"/> and today is used.</summary>
    public static DateOnly AsOf(string? text, DateOnly today, ModelStateDictionary modelState, string key = "asOf")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return today;
        }

        var problem = DateText.TryParse(text, out var date);
        if (problem == DateText.Problem.None)
        {
            return date;
        }

        modelState.AddModelError(key, DateText.Message(problem, "Datum"));
        return today;
    }

    /// <summary>A date for a text field: "2027-04-01", or empty.</summary>
    public static string Text(DateOnly? date) => DateText.Text(date);

    /// <summary>A time of day as people write it: "13:00", "9.30", "0930"; empty is null, anything else an error naming the field.</summary>
    public static TimeOnly? Time(ValidationErrors errors, string field, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim().Replace('.', ':');
        if (t.Length == 4 && !t.Contains(':', StringComparison.Ordinal))
        {
            t = t[..2] + ":" + t[2..];
        }

        if (t.Length <= 5 && TimeOnly.TryParseExact(t, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, $"{label} ska skrivas som timmar och minuter, till exempel 13:00.");
        return null;
    }

    public static string Text(TimeOnly? time) => time is { } t ? t.ToString("HH:mm", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Kronor with at most two decimals, e.g. "1 250 000" or "1 250 000,50".</summary>
    public static Sek? Money(ValidationErrors errors, string field, string label, string? text, bool allowNegative = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Sek.TryParse(text, out var value))
        {
            errors.Add(field, $"{label} ska vara ett belopp i kronor, till exempel 1 250 000.");
            return null;
        }

        if (!allowNegative && value.IsNegative)
        {
            errors.Add(field, $"{label} får inte vara negativt.");
            return null;
        }

        return value;
    }

    /// <summary>A share: "0,75", "0.75" or "75 %".</summary>
    public static decimal? Share(ValidationErrors errors, string field, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!CsvText.TryParseFraction(text, out var value))
        {
            errors.Add(field, $"{label} ska vara en andel, till exempel 0,75 eller 75 %.");
            return null;
        }

        return value;
    }

    /// <summary>A rate typed in per cent: "20", "12,5" or "20 %" gives 0.20, 0.125, 0.20.</summary>
    public static decimal? Percent(ValidationErrors errors, string field, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!CsvText.TryParseFraction(text.Trim().TrimEnd('%').TrimEnd() + "%", out var value))
        {
            errors.Add(field, $"{label} ska vara ett tal i procent, till exempel 20 eller 12,5.");
            return null;
        }

        return value;
    }

    /// <summary>A year from a query ("?ar=2027") between 2000 and 2100, or null.</summary>
    public static int? Year(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2199 ? y : null;

    /// <summary>Money for a form field: "1 250 000" (no "kr"), or empty.</summary>
    public static string Field(Sek? amount) => amount is { } a ? a.Kronor.ToString(a.IsWholeKronor ? "N0" : "N2", SwedishCulture.Instance) : string.Empty;

    /// <summary>A share for a form field: "0,75", or empty.</summary>
    public static string Field(decimal? share) => share is { } s ? s.ToString("0.######", SwedishCulture.Instance) : string.Empty;

    /// <summary>A share for a field in per cent: 0.125 → "12,5", or empty.</summary>
    public static string PercentField(decimal? share) => share is { } s ? (s * 100m).ToString("0.####", SwedishCulture.Instance) : string.Empty;

    /// <summary>The options of a select list from an enum, each with its Swedish name.</summary>
    public static IReadOnlyList<SelectListItem> Options<TEnum>(Func<TEnum, string> name, IEnumerable<TEnum>? only = null)
        where TEnum : struct, Enum =>
        (only ?? Enum.GetValues<TEnum>()).Select(v => new SelectListItem(name(v), v.ToString())).ToList();
}
