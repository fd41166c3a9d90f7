namespace Samordna.Web.Features.Registry.RegisterFiles;

public enum RegisterFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// One membership of the register as a file row, all fields as text: the association's facts repeated on each of its
/// rows, then the member's code and period, then the office's contact details for the public. <see cref="Line"/> is the
/// row's number in the file (the header is row 1). A contact field is null when the file has no such column (an older
/// file: the import leaves that detail as it is) and empty when the column is there but the cell is blank (cleared).
/// </summary>
public sealed record RegisterRow(
    int Line,
    string AssociationCode,
    string AssociationName,
    string OrganisationNumber,
    string Seat,
    string FormedOn,
    string EndedOn,
    string MemberCode,
    string MemberFrom,
    string MemberTo,
    string? Email = null,
    string? Phone = null,
    string? PostalAddress = null,
    string? Website = null)
{
    public IReadOnlyList<string?> Fields => [AssociationCode, AssociationName, OrganisationNumber, Seat, FormedOn, EndedOn, MemberCode, MemberFrom, MemberTo, Email, Phone, PostalAddress, Website];

    /// <summary>The fields in <see cref="RegisterColumns.Headers"/> order; an optional column the file lacks is null.</summary>
    public static RegisterRow FromFields(int line, IReadOnlyList<string?> f) =>
        new(line, f[0]!, f[1]!, f[2]!, f[3]!, f[4]!, f[5]!, f[6]!, f[7]!, f[8]!, f[9], f[10], f[11], f[12]);
}

/// <summary>What a file held: its rows, or the problems that stopped it being read at all.</summary>
public sealed record RegisterReadResult(IReadOnlyList<RegisterRow> Rows, IReadOnlyList<string> Errors);

/// <summary>The columns, in the order the export writes them. The import finds them by name in any order.</summary>
public static class RegisterColumns
{
    public static readonly string[] Headers =
    [
        "Förbundskod", "Förbund", "Organisationsnummer", "Säte", "Bildat", "Upphörde", "Medlemskod", "Medlem från", "Medlem till",
        "E-postadress", "Telefon", "Postadress", "Webbplats",
    ];

    /// <summary>Columns whose values are dates, so a date typed into Excel can be read back as ÅÅÅÅ-MM-DD.</summary>
    public static readonly bool[] IsDate = [false, false, false, false, true, true, false, true, true, false, false, false, false];

    /// <summary>The contact columns (added after the first files were written): a file without them still reads.</summary>
    public static readonly bool[] IsOptional = [false, false, false, false, false, false, false, false, false, true, true, true, true];

    /// <summary>"Medlem från" → "medlem fran": case, å/ä/ö and spacing do not matter.</summary>
    public static string Fold(string header)
    {
        var chars = header.Trim().ToLowerInvariant().Select(c => c switch
        {
            'å' or 'ä' => 'a',
            'ö' => 'o',
            '_' or '-' => ' ',
            _ => c,
        });
        return string.Join(' ', new string(chars.ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Maps each known column to its position in <paramref name="header"/> (−1: not there); names the missing required ones.</summary>
    public static (int[] Positions, List<string> Missing) Locate(IReadOnlyList<string> header)
    {
        var folded = header.Select(Fold).ToList();
        var positions = new int[Headers.Length];
        var missing = new List<string>();
        for (var i = 0; i < Headers.Length; i++)
        {
            positions[i] = folded.IndexOf(Fold(Headers[i]));
            if (positions[i] < 0 && !IsOptional[i])
            {
                missing.Add(Headers[i]);
            }
        }

        return (positions, missing);
    }

    public static string MissingMessage(List<string> missing) =>
        $"Rad 1: kolumn{(missing.Count == 1 ? "en" : "erna")} {string.Join(", ", missing.Select(m => $"\"{m}\""))} saknas. Första raden ska vara rubrikerna {string.Join(";", Headers.Where((_, i) => !IsOptional[i]))} (och gärna {string.Join(";", Headers.Where((_, i) => IsOptional[i]))}).";
}
