using Samordna.Web.Features.Economy.Sie;

namespace Samordna.Web.Features.Economy.Actuals;

/// <summary>One transaction row of a ledger table (Excel or CSV): its date, account and amount, and the optional rest.</summary>
public sealed record LedgerTableRow(int Line, DateOnly Date, string Account, Sek Amount, string Series, string Voucher, string? CostCentre, string? Project);

/// <summary>What a ledger table holds: the calendar year of its dates, its rows, the account names it gives, and the problems, each naming its row.</summary>
public sealed record LedgerTableContent(int? Year, IReadOnlyList<LedgerTableRow> Rows, IReadOnlyDictionary<string, string> AccountNames, IReadOnlyList<SieProblem> Errors);

/// <summary>
/// The books as a table, for an accounting system that cannot write SIE: one row per transaction with the columns
/// Datum, Konto and Belopp (debit positive, credit negative, as in SIE), and optionally Kontonamn, Verifikation
/// ("A 12": series and number), Kostnadsställe and Projekt. Headings are matched without regard to case; the
/// columns may come in any order. All dates must be in one calendar year, the financial year. Pure: no database.
/// </summary>
public static class LedgerTable
{
    /// <summary>The headings of the template, in its order.</summary>
    public static readonly string[] Header = ["Datum", "Verifikation", "Konto", "Kontonamn", "Belopp", "Kostnadsställe", "Projekt"];

    /// <summary>At most this many errors are listed; the file is refused either way.</summary>
    public const int MaxErrors = 100;

    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["Datum"] = ["datum", "bokföringsdatum", "verifikationsdatum", "transaktionsdatum"],
        ["Verifikation"] = ["verifikation", "verifikationsnummer", "ver", "ver.nr", "vernr"],
        ["Konto"] = ["konto", "kontonummer", "kontonr"],
        ["Kontonamn"] = ["kontonamn", "benämning", "kontobenämning"],
        ["Belopp"] = ["belopp", "belopp kr", "belopp (kr)"],
        ["Kostnadsställe"] = ["kostnadsställe", "kst", "resultatenhet"],
        ["Projekt"] = ["projekt", "projektnummer"],
    };

    /// <summary>True when the bytes start like a SIE file (after a byte-order mark and blanks, a "#" record).</summary>
    public static bool LooksLikeSie(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        foreach (var b in head)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b == (byte)'#';
        }

        return false;
    }

    /// <param name="table">The file as read by the project's table reader.</param>
    /// <param name="acceptUnbalanced">Take vouchers (or a file without vouchers) whose debit and credit differ, as SIE's option does.</param>
    public static LedgerTableContent Read(Table table, bool acceptUnbalanced = false)
    {
        var errors = new List<SieProblem>();
        var column = new Dictionary<string, int>();
        for (var i = 0; i < table.Header.Length; i++)
        {
            var heading = table.Header[i].Trim().ToLower(SwedishCulture.Instance);
            foreach (var (name, aliases) in Aliases)
            {
                if (aliases.Contains(heading) && !column.ContainsKey(name))
                {
                    column[name] = i;
                }
            }
        }

        foreach (var required in new[] { "Datum", "Konto", "Belopp" }.Where(r => !column.ContainsKey(r)))
        {
            errors.Add(SieProblem.At(table.HeaderLine, "LEDGER_TABLE_NO_COLUMN", $"kolumnen {required} saknas i rubrikraden. Rubrikerna ska vara {string.Join(", ", Header)} (Datum, Konto och Belopp krävs)."));
        }

        // Rows the table reader could not split (a CSV row with broken quotes) are errors too: all or nothing, as in
        // every other import, never a file read without them.
        errors.AddRange(table.Problems.Take(MaxErrors).Select(p => new SieProblem(p.Row ?? 0, p.Code, p.ToString())));
        if (errors.Count > 0)
        {
            return new LedgerTableContent(null, [], new Dictionary<string, string>(), errors);
        }

        string? Field(TableRow row, string name) => column.TryGetValue(name, out var i) && row.Get(i) is { Length: > 0 } v ? v : null;
        var rows = new List<LedgerTableRow>(table.Rows.Count);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        int? year = null;
        var dropped = false;
        Int128 turnover = 0;
        var turnoverTooLarge = false;
        void Error(int line, string code, string text)
        {
            if (errors.Count < MaxErrors)
            {
                errors.Add(SieProblem.At(line, code, text));
            }
            else
            {
                dropped = true;
            }
        }

        foreach (var row in table.Rows)
        {
            var dateText = Field(row, "Datum");
            var date = Date(dateText);
            if (date is null)
            {
                Error(row.Line, "LEDGER_TABLE_DATE", dateText is null ? "datum saknas." : "datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2025-03-31.");
            }
            else if (date.Value.Year is < 2000 or > 2199)
            {
                Error(row.Line, "LEDGER_TABLE_DATE", $"datumet {DateText.Text(date.Value)} ligger utanför åren 2000–2199.");
                date = null;
            }
            else if (year is null)
            {
                year = date.Value.Year;
            }
            else if (date.Value.Year != year)
            {
                Error(row.Line, "LEDGER_TABLE_OTHER_YEAR", $"datumet {DateText.Text(date.Value)} är i ett annat år än filens första rad ({year}). En fil gäller ett räkenskapsår.");
            }

            var account = Field(row, "Konto");
            if (account is null)
            {
                Error(row.Line, "LEDGER_TABLE_ACCOUNT", "konto saknas.");
            }
            else if (account.Length > ActualsRules.MaxAccountLength || account.Any(c => !char.IsLetterOrDigit(c)))
            {
                Error(row.Line, "LEDGER_TABLE_ACCOUNT", $"kontot ska vara högst {ActualsRules.MaxAccountLength} siffror eller bokstäver.");
            }

            var amountText = Field(row, "Belopp");
            Sek amount = Sek.Zero;
            if (amountText is null || !Sek.TryParse(amountText, out amount))
            {
                Error(row.Line, "LEDGER_TABLE_AMOUNT", amountText is null ? "belopp saknas." : "beloppet ska vara kronor med högst två decimaler, till exempel -1 250,50.");
            }
            else if (amount > ImportLedgerHandler.MaxAmount || amount < Sek.Zero - ImportLedgerHandler.MaxAmount)
            {
                Error(row.Line, "LEDGER_TABLE_AMOUNT", $"beloppet är större än {ImportLedgerHandler.MaxAmount} och kan inte läsas in.");
            }
            else if (!turnoverTooLarge && (turnover += Int128.Abs(amount.Ore)) > ImportLedgerHandler.MaxTurnover.Ore)
            {
                // Checked while reading, in 128 bits, so the sums below (and every later read of the year) fit in a long.
                turnoverTooLarge = true;
                Error(row.Line, "LEDGER_TABLE_TOTAL_TOO_LARGE", ImportLedgerHandler.TurnoverTooLarge);
            }

            if (date is null || account is null || errors.Count > 0)
            {
                continue;
            }

            if (Field(row, "Kontonamn") is { } name)
            {
                names[account] = name;
            }

            var (series, number) = Voucher(Field(row, "Verifikation"), row.Line);
            rows.Add(new LedgerTableRow(row.Line, date.Value, account, amount, series, number, Field(row, "Kostnadsställe"), Field(row, "Projekt")));
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(SieProblem.At(0, "LEDGER_TABLE_EMPTY", "Filen har inga rader under rubrikraden."));
        }

        if (errors.Count == 0 && !acceptUnbalanced)
        {
            Balance(rows, column.ContainsKey("Verifikation"), Error);
        }

        if (dropped)
        {
            errors.Add(SieProblem.At(0, "LEDGER_TABLE_MORE_ERRORS", $"Filen har fler fel än de {MaxErrors} som visas."));
        }

        return new LedgerTableContent(year, errors.Count == 0 ? rows : [], names, errors);
    }

    /// <summary>
    /// Debit and credit must balance, as in the books: per voucher when the file has them (each named with its rows),
    /// else over the whole file.
    /// </summary>
    private static void Balance(IReadOnlyList<LedgerTableRow> rows, bool hasVouchers, Action<int, string, string> error)
    {
        if (!hasVouchers)
        {
            var sum = Sek.Sum(rows.Select(r => r.Amount));
            if (sum != Sek.Zero)
            {
                error(0, "LEDGER_TABLE_UNBALANCED", $"Filens belopp summerar till {sum}, inte 0 kr: debet och kredit balanserar inte. Ta med motkontona (till exempel banken), eller godta obalansen om filen bara har resultatkonton.");
            }

            return;
        }

        foreach (var voucher in rows.GroupBy(r => (r.Series, r.Voucher)))
        {
            var sum = Sek.Sum(voucher.Select(r => r.Amount));
            if (sum != Sek.Zero)
            {
                var name = voucher.Key.Series.Length > 0 ? $"{voucher.Key.Series} {voucher.Key.Voucher}" : voucher.Key.Voucher;
                error(voucher.First().Line, "LEDGER_TABLE_UNBALANCED", $"verifikation {name} (rad {string.Join(", ", voucher.Select(r => r.Line))}) balanserar inte: skillnaden är {sum}.");
            }
        }
    }

    /// <summary>"2025-03-31", "20250331", or a workbook's day number (days since 1899-12-30).</summary>
    private static DateOnly? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyyMMdd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is >= 36526 and <= 80000
            ? new DateOnly(1899, 12, 30).AddDays(serial)
            : null;
    }

    /// <summary>"A 12" is series A, number 12; "12" number 12 of no series; none: the row's own number in series "TAB".</summary>
    private static (string Series, string Number) Voucher(string? text, int line)
    {
        if (text is null)
        {
            return ("TAB", line.ToString(CultureInfo.InvariantCulture));
        }

        var space = text.LastIndexOf(' ');
        return space > 0 ? (text[..space].Trim(), text[(space + 1)..]) : (string.Empty, text);
    }
}
