using System.Text;
using Samordna.Web.Features.Economy.Sie;

namespace Samordna.UnitTests.Economy;

/// <summary>Hand-written SIE files for the tests, and a checksum helper that follows shared/domain/sie4.md §4 literally.</summary>
internal static class SieTestFiles
{
    static SieTestFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Cp437 => Encoding.GetEncoding(437);

    public static Encoding Latin9 => Encoding.GetEncoding(28605);

    /// <summary>The lines joined with CR LF (allowed before LF, SIE 4B §5.5) in code page 437 unless told otherwise.</summary>
    public static byte[] Bytes(IEnumerable<string> lines, Encoding? encoding = null) =>
        (encoding ?? Cp437).GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static SieFile Read(IEnumerable<string> lines, Encoding? encoding = null, SieReaderOptions? options = null) =>
        Read(Bytes(lines, encoding), options);

    public static SieFile Read(byte[] bytes, SieReaderOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return SieReader.Read(stream, options);
    }

    /// <summary>
    /// #KSUMMA after the first line and the closing #KSUMMA with the control total at the end. The total: CRC-32 over
    /// the code page 437 bytes of each record's label, field contents and object list contents, without separators,
    /// quotes, braces or line ends; <c>\"</c> counts as <c>"</c> (sie4.md §4).
    /// </summary>
    public static List<string> WithChecksum(IReadOnlyList<string> lines)
    {
        var covered = lines.Skip(1).ToList();
        var bytes = new List<byte>();
        foreach (var line in covered)
        {
            bytes.AddRange(Cp437.GetBytes(string.Concat(Contents(line))));
        }

        return [lines[0], "#KSUMMA", .. covered, $"#KSUMMA {Crc32([.. bytes])}"];
    }

    /// <summary>Bit by bit, reflected polynomial 0xEDB88320, start and final XOR 0xFFFFFFFF (the zlib CRC).</summary>
    public static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>The contents of a line's fields: quotes and braces dropped, <c>\"</c> read as <c>"</c>.</summary>
    private static IEnumerable<string> Contents(string line)
    {
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '\\' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is not (' ' or '\t' or '{' or '}'))
            {
                current.Append(c);
            }
        }

        yield return current.ToString();
    }

    /// <summary>A complete type 4E file: every record the reader handles, balanced vouchers, consistent balances.</summary>
    public static List<string> Complete() =>
    [
        "#FLAGGA 0",
        "#PROGRAM \"Exempelbokföring\" 1.0",
        "#FORMAT PC8",
        "#GEN 20250115",
        "#SIETYP 4",
        "#ORGNR 222000-1234",
        "#FNAMN \"Samordningsförbundet Exempel\"",
        "#RAR 0 20240101 20241231",
        "#RAR -1 20230101 20231231",
        "#KONTO 1930 \"Bank\"",
        "#KONTO 2440 \"Leverantörsskulder\"",
        "#KONTO 3010 \"Medlemsbidrag\"",
        "#KONTO 5410 \"Förbrukningsinventarier\"",
        "#KTYP 1930 T",
        "#KTYP 2440 S",
        "#KTYP 3010 I",
        "#KTYP 5410 K",
        "#DIM 1 \"Kostnadsställe\"",
        "#DIM 6 \"Projekt\"",
        "#UNDERDIM 21 \"Delprojekt\" 6",
        "#OBJEKT 1 \"100\" \"Kansliet\"",
        "#OBJEKT 6 \"P7\" \"Insats Steg\"",
        "#IB 0 1930 10000.00",
        "#IB 0 2440 -2000",
        "#UB 0 1930 108000.00",
        "#UB 0 2440 -2000.00",
        "#IB -1 1930 5000",
        "#UB -1 1930 10000",
        "#RES 0 3010 -100000.00",
        "#RES 0 5410 2000.00",
        "#OIB 0 1930 {1 \"100\"} 10000.00",
        "#OUB 0 1930 {1 \"100\"} 108000.00",
        "#PSALDO 0 202403 3010 {} -100000.00",
        "#PSALDO 0 202403 3010 {6 \"P7\"} -40000.00",
        "#PBUDGET 0 202403 3010 {} -90000.00",
        "#VER A 1 20240315 \"Medlemsbidrag kommunen\" 20240316",
        "{",
        "#TRANS 1930 {} 100000.00",
        "#TRANS 3010 {6 \"P7\"} -100000.00 20240315 \"Bidrag\"",
        "}",
        "#VER B 1 20240610 \"Inventarier\"",
        "{",
        "#TRANS 5410 {1 \"100\"} 2000.00",
        "#BTRANS 1930 {} -2500.00 20240610 \"Fel belopp\"",
        "#RTRANS 1930 {} -2000.00 20240610 \"Rätt belopp\"",
        "#TRANS 1930 {} -2000.00 20240610 \"Rätt belopp\"",
        "}",
    ];
}
