using System.Security.Cryptography;

namespace Samordna.Web.Features.FollowUp.Data;

/// <summary>
/// The participation code: six characters drawn at random from letters and digits that cannot be mistaken for one
/// another when read aloud or written by hand (no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B). Never derived from the person.
/// </summary>
public static class ParticipationCode
{
    public const string Alphabet = "ACDEFHJKMNPRTUVWXY3479";

    public const int Length = 6;

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
