using Microsoft.AspNetCore.Mvc.ModelBinding;
using Samordna.Web.Infrastructure.Errors;

namespace Samordna.Web.Features.Registry;

/// <summary>Puts handler errors on a page's fields ("Input.FieldName"), so the error summary links to the field.</summary>
public static class PageErrors
{
    /// <summary>Copies each set in turn; a field that already has an error from an earlier set keeps only that one.</summary>
    public static void Copy(ModelStateDictionary modelState, params ValidationErrors[] sets)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            var fields = set.ToDictionary();
            foreach (var (field, messages) in fields)
            {
                if (seen.Contains(field))
                {
                    continue;
                }

                foreach (var message in messages)
                {
                    modelState.AddModelError(Key(field), message);
                }
            }

            seen.UnionWith(fields.Keys);
        }
    }

    public static void Add(ModelStateDictionary modelState, Error error) => modelState.AddModelError(Key(error.Field ?? string.Empty), error.Message);

    public static string Key(string field) =>
        field.Length == 0 ? string.Empty : $"Input.{char.ToUpperInvariant(field[0])}{field[1..]}";
}
