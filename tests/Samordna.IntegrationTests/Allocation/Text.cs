using System.Net;

namespace Samordna.IntegrationTests.Allocation;

internal static class Text
{
    /// <summary>HTML or JSON text as a reader sees it: entities decoded, the no-break spaces of Swedish numbers as plain spaces.</summary>
    public static string Plain(string text) => WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
