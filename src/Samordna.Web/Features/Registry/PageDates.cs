using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Samordna.Web.Infrastructure.Errors;

namespace Samordna.Web.Features.Registry;

/// <summary>Dates typed into text fields (ÅÅÅÅ-MM-DD), as the house rules ask: no native date pickers.</summary>
public static class PageDates
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The "as of" date of a page: today when empty; an unreadable date is reported on <paramref name="key"/> and today is used.</summary>
    public static DateOnly AsOf(string? text, DateOnly today, ModelStateDictionary modelState, string key = "asOf")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return today;
        }

        if (TryParse(text, out var date))
        {
            return date;
        }

        modelState.AddModelError(key, "Datum ska skrivas som ÅÅÅÅ-MM-DD.");
        return today;
    }

    /// <summary>An optional date field; a text that is not a date adds "{label} ska skrivas som ÅÅÅÅ-MM-DD.".</summary>
    public static DateOnly? Optional(ValidationErrors errors, string field, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TryParse(text, out var date))
        {
            return date;
        }

        errors.Add(field, $"{label} ska skrivas som ÅÅÅÅ-MM-DD.");
        return null;
    }

    public static string Text(DateOnly? date) => date is { } d ? d.ToString(Format, CultureInfo.InvariantCulture) : string.Empty;
}
