namespace Samordna.Web.Features.Registry;

internal static class RegistryText
{
    /// <summary>Null for empty or blank text, otherwise the text without surrounding spaces.</summary>
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
