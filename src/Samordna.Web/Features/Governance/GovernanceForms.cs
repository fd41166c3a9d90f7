using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Samordna.Web.Infrastructure.Errors;

namespace Samordna.Web.Features.Governance;

/// <summary>Small helpers the governance pages share: text dates, errors onto fields, select lists of enums.</summary>
public static class GovernanceForms
{
    /// <summary>Parses an ÅÅÅÅ-MM-DD text field; an unreadable date is reported on the field, an empty one is null.</summary>
    public static DateOnly? Date(ValidationErrors errors, string field, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"{label} ska skrivas som ÅÅÅÅ-MM-DD, till exempel 2027-04-01.");
        return null;
    }

    public static string? Text(DateOnly? date) => date is { } d ? Domain.SwedishCulture.Date(d) : null;

    /// <summary>Puts a handler's error on its field ("organisationId" becomes "Input.OrganisationId"), or on the form.</summary>
    public static void AddError(ModelStateDictionary modelState, Error error)
    {
        var key = error.Field is { Length: > 0 } f ? "Input." + char.ToUpperInvariant(f[0]) + f[1..] : string.Empty;
        modelState.AddModelError(key, error.Message);
    }

    public static IReadOnlyList<SelectListItem> Options<TEnum>(Func<TEnum, string> name, IEnumerable<TEnum>? only = null)
        where TEnum : struct, Enum =>
        (only ?? Enum.GetValues<TEnum>()).Select(v => new SelectListItem(name(v), v.ToString())).ToList();
}
