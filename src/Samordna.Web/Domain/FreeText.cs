namespace Samordna.Web.Domain;

/// <summary>
/// What any free text typed by a user may contain: no control characters (tab and line breaks are allowed), no
/// characters that reverse or hide the direction of text (Unicode bidirectional overrides and isolates, a known
/// way to disguise text), and no personal identity number (Samordna holds no participant identities, and board
/// texts are public documents).
/// </summary>
public static class FreeText
{
    public enum Problem
    {
        None,
        ControlCharacter,
        IdentityNumber,
    }

    public static Problem Check(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Problem.None;
        }

        foreach (var c in text)
        {
            if (IsForbidden(c))
            {
                return Problem.ControlCharacter;
            }
        }

        return PersonalIdentityNumber.Contains(text) ? Problem.IdentityNumber : Problem.None;
    }

    public static bool IsForbidden(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
