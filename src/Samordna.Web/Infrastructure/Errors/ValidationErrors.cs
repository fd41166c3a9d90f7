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

    /// <summary>A change carries the version the user read (house rule 3); a creation has none to carry.</summary>
    public ValidationErrors VersionRead(long? version, bool isChange = true)
    {
        if (isChange)
        {
            Required("version", "Version", version);
        }

        return this;
    }

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

    /// <summary>Free text that must be given: "must be given" when it is blank, else the rules of <see cref="FreeText"/>.</summary>
    public ValidationErrors RequiredText(string field, string label, string? value, int max) =>
        Required(field, label, value) ? FreeText(field, label, value, max) : this;

    /// <summary>A number that must be given: "must be given" when it is missing, else the check of <see cref="Range"/>.</summary>
    public ValidationErrors RequiredRange(string field, string label, long? value, long min, long max) =>
        Required(field, label, value) ? Range(field, label, value, min, max) : this;

    /// <summary>
    /// Free text typed by a user: at most <paramref name="max"/> characters, no control or direction-override
    /// characters, and no personal identity number (the message never repeats what was typed).
    /// </summary>
    public ValidationErrors FreeText(string field, string label, string? value, int max)
    {
        if (value is null)
        {
            return this;
        }

        if (value.Length > max)
        {
            return Add(field, $"{label} får vara högst {max.ToString(CultureInfo.InvariantCulture)} tecken.");
        }

        return Domain.FreeText.Check(value) switch
        {
            Domain.FreeText.Problem.ControlCharacter => Add(field, $"{label} innehåller otillåtna tecken (styrtecken eller tecken som vänder textens riktning)."),
            Domain.FreeText.Problem.IdentityNumber => Add(field, $"{label} får inte innehålla ett personnummer eller samordningsnummer. Ta bort numret."),
            _ => this,
        };
    }

    /// <summary>
    /// An optional e-mail address: free text of at most <paramref name="max"/> characters shaped as
    /// <c>namn@domän.se</c> (one @, no spaces, a dot in the domain).
    /// </summary>
    public ValidationErrors EmailAddress(string field, string label, string? value, int max = 254)
    {
        if (string.IsNullOrWhiteSpace(value) || !FreeText(field, label, value, max).IsFieldValid(field))
        {
            return this;
        }

        var v = value.Trim();
        var at = v.IndexOf('@', StringComparison.Ordinal);
        var shaped = at > 0 && at == v.LastIndexOf('@') && !v.Any(char.IsWhiteSpace)
            && v[(at + 1)..] is var domain && domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.');
        return shaped ? this : Add(field, $"{label} ska vara en e-postadress, till exempel info@forbundet.se.");
    }

    /// <summary>An optional web address: at most <paramref name="max"/> characters, a full address that starts with http:// or https://.</summary>
    public ValidationErrors WebAddress(string field, string label, string? value, int max = 300)
    {
        if (string.IsNullOrWhiteSpace(value) || !FreeText(field, label, value, max).IsFieldValid(field))
        {
            return this;
        }

        var ok = Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal)
            && !value.Trim().Any(char.IsWhiteSpace);
        return ok ? this : Add(field, $"{label} ska vara en fullständig webbadress som börjar med https:// eller http://, till exempel https://www.forbundet.se.");
    }

    /// <summary>An optional phone number: digits, spaces, hyphens, parentheses and a leading +, 6–40 characters with at least six digits.</summary>
    public ValidationErrors PhoneNumber(string field, string label, string? value, int max = 40)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return this;
        }

        var v = value.Trim();
        var ok = v.Length <= max && v.Count(char.IsAsciiDigit) >= 6
            && v.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' || (c == '+' && i == 0)).All(x => x);
        return ok ? this : Add(field, $"{label} ska vara ett telefonnummer med siffror (mellanslag, bindestreck, parenteser och + först går bra), högst {max.ToString(CultureInfo.InvariantCulture)} tecken.");
    }

    private bool IsFieldValid(string field) => !_errors.ContainsKey(field);

    /// <summary>Adds <paramref name="other"/>'s errors for fields that have none yet: a field the user mistyped keeps that message, not a "must be given" from a later check.</summary>
    public ValidationErrors Merge(ValidationErrors other)
    {
        foreach (var (field, messages) in other._errors)
        {
            if (_errors.ContainsKey(field))
            {
                continue;
            }

            _errors[field] = [.. messages];
        }

        return this;
    }

    /// <summary>
    /// The same errors keyed by row: "lines[2].amount" becomes "lines[2]", so a page with one input row per list item
    /// shows the message on its row; <paramref name="rename"/> can also rename the list ("grants" → "amounts").
    /// </summary>
    public ValidationErrors PerRow(Func<string, string>? rename = null)
    {
        var keyed = new ValidationErrors();
        foreach (var (field, messages) in _errors)
        {
            var key = rename?.Invoke(field) ?? field;
            var end = key.IndexOf(']', StringComparison.Ordinal);
            foreach (var message in messages)
            {
                keyed.Add(end > 0 ? key[..(end + 1)] : key, message);
            }
        }

        return keyed;
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
}
