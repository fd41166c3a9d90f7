using System.Globalization;
using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Files;
using Samordna.Web.Infrastructure.Errors;

namespace Samordna.Web.Features.Allocation;

/// <summary>Reads the text of the area's form fields the way people type them: "339 000 000", "0,75", "10 %", "2026-01-01".</summary>
public static class AllocationForms
{
    /// <summary>Empty means "not given" (null); otherwise kronor with at most two decimals, or an error naming the field.</summary>
    public static Sek? Money(string? text, string field, string label, ValidationErrors errors, bool allowNegative = false)
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

    /// <summary>A share: "0,75", "0.75" or "75 %"; empty is null.</summary>
    public static decimal? Share(string? text, string field, string label, ValidationErrors errors)
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

    public static DateOnly? Date(string? text, string field, string label, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        errors.Add(field, $"{label} ska skrivas som ÅÅÅÅ-MM-DD.");
        return null;
    }

    public static int? Year(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null;

    /// <summary>Money for a form field: "1 250 000" (no "kr"), or empty.</summary>
    public static string Field(Sek? amount) => amount is { } a ? a.Kronor.ToString(a.IsWholeKronor ? "N0" : "N2", SwedishCulture.Instance) : string.Empty;

    /// <summary>A share for a form field: "0,75", or empty.</summary>
    public static string Field(decimal? share) => share is { } s ? s.ToString("0.######", SwedishCulture.Instance) : string.Empty;

    /// <summary>Copies errors to a page's model state under the keys <paramref name="map"/> gives (the ids of the form's fields).</summary>
    public static void CopyTo(ValidationErrors errors, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, Func<string, string> map)
    {
        foreach (var (field, messages) in errors.ToDictionary())
        {
            foreach (var m in messages)
            {
                modelState.AddModelError(map(field), m);
            }
        }
    }

    /// <summary>Copies API-style errors (camelCase field keys) to a page's model state under "Input.".</summary>
    public static void Merge(ValidationErrors target, ValidationErrors source)
    {
        foreach (var (field, messages) in source.ToDictionary())
        {
            foreach (var m in messages)
            {
                target.Add(field, m);
            }
        }
    }
}
