using System.Collections.Concurrent;
using System.Reflection;

namespace Samordna.Web.Features.Shared.Forms;

/// <summary>
/// The one way a page shows what is wrong with a form: every error of the round at once, each on its field (the
/// handler's "formedOn" becomes the form's "Input.FormedOn", so the error summary links to the field), in the order
/// the fields stand in the page's <c>Input</c>. A field that already has an error (an unreadable date) keeps only that.
/// </summary>
public static class FormErrors
{
    private static readonly ConcurrentDictionary<Type, string[]> FieldOrder = new();

    /// <summary>
    /// Shows <paramref name="errors"/> on the page. <paramref name="map"/> names the form field for a handler field
    /// when it is not "Input." + the field's name (pages whose fields sit in the query, or lists in one text box);
    /// a field it maps to an empty string is shown at the top of the form.
    /// </summary>
    public static void ShowErrors(this PageModel page, ValidationErrors errors, Func<string, string>? map = null)
    {
        var order = Order(page);
        var keyed = errors.ToDictionary()
            .Select(kv => (Key: map?.Invoke(kv.Key) ?? Key(kv.Key), Messages: kv.Value))
            .OrderBy(e => Array.IndexOf(order, Field(e.Key)) is var i && i >= 0 ? i : int.MaxValue)
            .ToList();
        // A field the page had already marked (before this round's errors) keeps only that; several handler fields
        // shown on one form field (the rows of a text box) all show, each message once.
        var marked = page.ModelState.Where(kv => kv.Value is { Errors.Count: > 0 }).Select(kv => kv.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, messages) in keyed)
        {
            if (marked.Contains(key))
            {
                continue;
            }

            foreach (var message in messages)
            {
                if (!page.ModelState.TryGetValue(key, out var entry) || entry.Errors.All(e => e.ErrorMessage != message))
                {
                    page.ModelState.AddModelError(key, message);
                }
            }
        }
    }

    /// <summary>Shows a handler's expected failure on its field, or at the top of the form when it names none.</summary>
    public static void ShowError(this PageModel page, Error error, Func<string, string>? map = null)
    {
        var field = error.Field ?? string.Empty;
        page.ModelState.AddModelError(field.Length == 0 ? string.Empty : map?.Invoke(field) ?? Key(field), error.Message);
    }

    /// <summary>"formedOn" → "Input.FormedOn", "equityTiers[1].upTo" → "Input.EquityTiers[1].UpTo"; "" stays "" (the form as a whole).</summary>
    public static string Key(string field) =>
        field.Length == 0 ? string.Empty : "Input." + string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    /// <summary>The field of <c>Input</c> a key is about: "Input.EquityTiers[1].UpTo" → "Input.EquityTiers" (a row's errors stand where its table stands).</summary>
    private static string Field(string key)
    {
        var end = key.IndexOfAny(['[', '.'], key.StartsWith("Input.", StringComparison.Ordinal) ? "Input.".Length : 0);
        return end < 0 ? key : key[..end];
    }

    private static string[] Order(PageModel page)
    {
        var input = page.GetType().GetProperty("Input", BindingFlags.Public | BindingFlags.Instance)?.PropertyType;
        return input is null
            ? []
            : FieldOrder.GetOrAdd(input, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .OrderBy(p => p.MetadataToken)
                .Select(p => "Input." + p.Name)
                .ToArray());
    }
}
