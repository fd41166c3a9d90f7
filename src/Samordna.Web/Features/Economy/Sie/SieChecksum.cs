using System.Runtime.CompilerServices;

namespace Samordna.Web.Features.Economy.Sie;

/// <summary>
/// The #KSUMMA control total (SIE 4B §10; shared/domain/sie4.md §4): standard CRC-32 (reflected polynomial 0xEDB88320,
/// initial value and final XOR 0xFFFFFFFF, the CRC of zlib and PNG) over the code page 437 bytes of every record between
/// the opening #KSUMMA and the closing one: the label, the content of each field and of each object list, without the
/// separators, quotes, braces and line ends; an escaped <c>\"</c> contributes only the <c>"</c>. Written in unsigned decimal.
/// </summary>
internal sealed class SieChecksum
{
    private static readonly uint[] Table = BuildTable();

    private uint _crc = 0xFFFFFFFF;

    public uint Value => _crc ^ 0xFFFFFFFF;

    /// <summary>Adds a field's content; with <paramref name="escaped"/> a backslash before a quote is left out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line; a CLI run is over before tiered JIT would optimise it
    public void Add(ReadOnlySpan<char> content, bool escaped)
    {
        var crc = _crc;
        var cp437 = SieText.Cp437Byte;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (escaped && c == '\\' && i + 1 < content.Length && content[i + 1] == '"')
            {
                continue;
            }

            crc = Table[(crc ^ cp437[c]) & 0xFF] ^ (crc >> 8);
        }

        _crc = crc;
    }

    /// <summary>The checksum of a closing #KSUMMA: unsigned decimal (a negative 32-bit form is read as the same bits).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out uint value)
    {
        if (uint.TryParse(text, System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signed))
        {
            value = unchecked((uint)signed);
            return true;
        }

        return false;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
