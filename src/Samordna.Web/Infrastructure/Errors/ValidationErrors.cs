using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Samordna.Web.Infrastructure.Errors;

/// <summary>
/// Collects field errors with Swedish messages. Keys are the field names the client sent (camelCase JSON names in
/// the API, the form field names on pages), and each message names the field in Swedish, so the user knows what to fix.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public ValidationErrors Check(bool condition, string field, string message) => condition ? this : Add(field, message);

    public bool Required(string field, string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{label} måste anges.");
            return false;
        }

        return true;
    }

    public bool Required<T>(string field, string label, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(field, $"{label} måste anges.");
            return false;
        }

        return true;
    }

    public ValidationErrors MaxLength(string field, string label, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, $"{label} får vara högst {max.ToString(CultureInfo.InvariantCulture)} tecken.");
        }

        return this;
    }

    public ValidationErrors Range(string field, string label, long? value, long min, long max)
    {
        if (value is { } v && (v < min || v > max))
        {
            Add(field, $"{label} måste vara mellan {min.ToString(CultureInfo.InvariantCulture)} och {max.ToString(CultureInfo.InvariantCulture)}.");
        }

        return this;
    }

    public ValidationErrors DateOrder(string field, string label, DateOnly? from, DateOnly? to, string fromLabel)
    {
        if (from is { } f && to is { } t && t < f)
        {
            Add(field, $"{label} får inte vara före {fromLabel.ToLower(CultureInfo.GetCultureInfo("sv-SE"))}.");
        }

        return this;
    }

    public void CopyTo(ModelStateDictionary modelState, string prefix = "Input")
    {
        foreach (var (field, messages) in _errors)
        {
            var key = field.Length == 0 ? string.Empty : prefix.Length == 0 ? field : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            foreach (var m in messages)
            {
                modelState.AddModelError(key, m);
            }
        }
    }
}
