namespace Samordna.Web.Domain;

/// <summary>SCB's four-digit municipality code (kommunkod); the first two digits are the county code (länskod).</summary>
public readonly record struct MunicipalityCode
{
    private MunicipalityCode(string value) => Value = value;

    public string Value { get; }

    public string CountyCode => Value[..2];

    /// <summary>Gotland is a municipality that carries the regional role itself.</summary>
    public static readonly MunicipalityCode Gotland = new("0980");

    public override string ToString() => Value ?? string.Empty;

    public static bool TryParse(string? text, out MunicipalityCode code)
    {
        code = default;
        var t = text?.Trim();
        if (t is null || t.Length != 4 || !t.All(char.IsAsciiDigit))
        {
            return false;
        }

        code = new MunicipalityCode(t);
        return true;
    }

    public static MunicipalityCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"Ogiltig kommunkod: {text}");
}
