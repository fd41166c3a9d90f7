using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Economy.Sie;
using Samordna.Web.Infrastructure.Audit;

namespace Samordna.Web.Features.Economy.Actuals;

/// <summary>What reading a SIE file into the books did, or would do (a dry run), and why not when it cannot.</summary>
public sealed record LedgerImportOutcome(
    bool Saved,
    bool DryRun,
    DateOnly? Start,
    DateOnly? End,
    int Vouchers,
    int Transactions,
    int Accounts,
    bool Replaces,
    IReadOnlyList<SieProblem> Errors,
    IReadOnlyList<SieProblem> Warnings,
    IReadOnlyList<string> UnmappedAccounts);

/// <summary>
/// Reads a SIE file (types 1–4) into the association's books: the current financial year (#RAR 0) with its accounts,
/// opening and closing balances and the rows of its vouchers; a type 1–3 file without vouchers gives each account's
/// year result (#RES) as one row at year end. Reading a year again replaces it whole (never doubles it); a file with
/// errors, or a dry run, saves nothing. New rows are written in bulk in one transaction.
/// </summary>
public sealed class ImportLedgerHandler(AppDbContext db, AuditedBulkInsert bulk, TimeProvider clock, IAuditActor actor, IOptions<FileLimits> limits)
{
    /// <summary>
    /// Reads the books from a SIE file, or from a table (Excel or CSV, <see cref="LedgerTable"/>) when the file does not
    /// start like SIE; either way all or nothing, and a year read again replaces itself.
    /// </summary>
    /// <param name="replaceBalances">
    /// Let a table (which has no balances) replace a year read from SIE with opening or closing balances; without it
    /// such a table is refused, since the balances and the equity by the books would be lost.
    /// </param>
    public async Task<LedgerImportOutcome> ImportAsync(
        Guid associationId, Stream stream, string fileName, bool dryRun, bool acceptUnbalanced, CancellationToken ct, SieEncoding encoding = SieEncoding.Auto, bool replaceBalances = false)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream(await TabularFile.ReadBytesAsync(stream, limits.Value, ct), writable: false);
            return await ImportAsync(associationId, copy, fileName, dryRun, acceptUnbalanced, ct, encoding, replaceBalances);
        }

        var head = new byte[256];
        var position = stream.Position;
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        stream.Position = position;
        if (read > 0 && !LedgerTable.LooksLikeSie(head.AsSpan(0, read)))
        {
            return await ImportTableAsync(associationId, stream, fileName, dryRun, acceptUnbalanced, replaceBalances, ct);
        }

        SieFile file;
        try
        {
            file = SieReader.Read(stream, new SieReaderOptions { AcceptUnbalancedVouchers = acceptUnbalanced, Encoding = encoding });
        }
        catch (OverflowException)
        {
            return Refused(dryRun, new SieProblem(0, "SIE_AMOUNT_TOO_LARGE", "Filen innehåller belopp vars summa är för stor för att räknas ut; kontrollera beloppen i filen."));
        }

        var errors = file.Errors.ToList();
        if (file.CurrentYear is not { Start: { } start, End: { } end })
        {
            errors.Add(new SieProblem(0, "SIE_NO_CURRENT_YEAR", "Filen anger inget räkenskapsår (#RAR 0 med start- och slutdatum), så den kan inte läsas in i bokföringen."));
            return new LedgerImportOutcome(false, dryRun, null, null, 0, 0, 0, false, errors, file.Warnings, []);
        }

        var opening = file.BalancesOf(SieBalanceKind.Opening);
        var closing = file.BalancesOf(SieBalanceKind.Closing);
        var accounts = file.Accounts.Values.Select(a => a.Number)
            .Concat(opening.Keys).Concat(closing.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var results = file.BalancesOf(SieBalanceKind.Result);
        var rowAccounts = file.Vouchers.SelectMany(v => v.Rows).Select(r => r.Account);
        var tooLong = accounts.Concat(results.Keys).Concat(rowAccounts).FirstOrDefault(a => a.Length > ActualsRules.MaxAccountLength);
        if (tooLong is not null)
        {
            errors.Add(new SieProblem(file.Accounts.GetValueOrDefault(tooLong)?.Line ?? 0, "SIE_ACCOUNT_TOO_LONG", $"Kontot {tooLong[..ActualsRules.MaxAccountLength]}… har fler än {ActualsRules.MaxAccountLength} tecken."));
        }

        // No association's books hold a single amount near a thousand billion kronor; larger is a broken file, and sums
        // of such amounts would not fit later reads.
        var huge = file.Vouchers.SelectMany(v => v.Rows).Select(r => (r.Amount, r.Line))
            .Concat(file.Balances.Select(b => (b.Amount, b.Line)))
            .FirstOrDefault(x => x.Amount > MaxAmount || x.Amount < Sek.Zero - MaxAmount);
        if (huge.Line > 0)
        {
            errors.Add(new SieProblem(huge.Line, "SIE_AMOUNT_TOO_LARGE", $"Rad {huge.Line}: beloppet är större än {MaxAmount} och kan inte läsas in."));
        }
        else if (TurnoverExceededAt(file.Vouchers.SelectMany(v => v.Rows).Select(r => (r.Amount, r.Line))) is > 0 and var rowsAt)
        {
            errors.Add(new SieProblem(rowsAt, "SIE_TOTAL_TOO_LARGE", $"Rad {rowsAt}: {TurnoverTooLarge}"));
        }
        else if (TurnoverExceededAt(file.Balances.Select(b => (b.Amount, b.Line))) is > 0 and var balancesAt)
        {
            errors.Add(new SieProblem(balancesAt, "SIE_TOTAL_TOO_LARGE", $"Rad {balancesAt}: {TurnoverTooLarge}"));
        }

        var vouchers = file.Vouchers.Where(v => v.Date is { } d && d >= start && d <= end).ToList();
        var rows = new List<LedgerTransaction>();
        var yearId = Guid.CreateVersion7();
        foreach (var v in vouchers)
        {
            foreach (var r in v.Rows.Where(r => r.Kind != SieRowKind.Removed))
            {
                rows.Add(new LedgerTransaction
                {
                    AssociationId = associationId, LedgerYearId = yearId, Series = Cut(v.Series, 40), VoucherNumber = Cut(v.Number, 40),
                    Date = r.Date is { } d && d >= start && d <= end ? d : v.Date!.Value, Account = Cut(r.Account, ActualsRules.MaxAccountLength), Amount = r.Amount,
                    CostCentre = ObjectOf(r.Objects, ActualsRules.CostCentreDimension), Project = ObjectOf(r.Objects, ActualsRules.ProjectDimension),
                });
            }
        }

        if (file.Vouchers.Count == 0)
        {
            // Types 1–3 carry no vouchers: the year's result per account stands for its rows.
            rows.AddRange(results.Select(b => new LedgerTransaction
            {
                AssociationId = associationId, LedgerYearId = yearId, Series = "RES", VoucherNumber = Cut(b.Key, 40), Date = end, Account = Cut(b.Key, ActualsRules.MaxAccountLength), Amount = b.Value,
            }));
        }

        var ledgerAccounts = accounts.Select(a => new LedgerAccount
        {
            AssociationId = associationId, LedgerYearId = yearId, Account = Cut(a, ActualsRules.MaxAccountLength), Name = Cut(file.Accounts.GetValueOrDefault(a)?.Name ?? string.Empty, 200),
            Opening = opening.TryGetValue(a, out var o) ? o : null, Closing = closing.TryGetValue(a, out var c) ? c : null,
        }).ToList();
        var names = file.Objects.Where(o => o.Dimension is ActualsRules.CostCentreDimension or ActualsRules.ProjectDimension && o.Number.Length > 0)
            .Select(o => (o.Dimension, Cut(o.Number, ActualsRules.MaxObjectLength), o.Name));
        return await SaveAsync(associationId, new YearToSave(yearId, start, end, fileName, file.Program, vouchers.Count, ledgerAccounts, rows, names), errors, file.Warnings, dryRun, ct);
    }

    /// <summary>The books from a table: the rows' calendar year, its accounts (names as given, no balances) and rows.</summary>
    private async Task<LedgerImportOutcome> ImportTableAsync(Guid associationId, Stream stream, string fileName, bool dryRun, bool acceptUnbalanced, bool replaceBalances, CancellationToken ct)
    {
        LedgerTableContent content;
        try
        {
            content = LedgerTable.Read(TabularFile.Read(await TabularFile.ReadBytesAsync(stream, limits.Value, ct), fileName, limits.Value), acceptUnbalanced);
        }
        catch (TabularFileException e)
        {
            return Refused(dryRun, new SieProblem(e.Problem.Row ?? 0, e.Problem.Code, e.Problem.ToString()));
        }
        catch (OverflowException)
        {
            return Refused(dryRun, new SieProblem(0, "LEDGER_TABLE_AMOUNT_TOO_LARGE", "Filen innehåller belopp vars summa är för stor för att räknas ut; kontrollera beloppen i filen."));
        }

        if (content.Errors.Count > 0 || content.Year is not { } year)
        {
            return new LedgerImportOutcome(false, dryRun, null, null, 0, 0, 0, false, content.Errors, [], []);
        }

        var yearId = Guid.CreateVersion7();
        var rows = content.Rows.Select(r => new LedgerTransaction
        {
            AssociationId = associationId, LedgerYearId = yearId, Series = Cut(r.Series, 40), VoucherNumber = Cut(r.Voucher, 40), Date = r.Date, Account = r.Account, Amount = r.Amount,
            CostCentre = r.CostCentre is { } c ? Cut(c, ActualsRules.MaxObjectLength) : null, Project = r.Project is { } p ? Cut(p, ActualsRules.MaxObjectLength) : null,
        }).ToList();
        var accounts = rows.Select(r => r.Account).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(a => new LedgerAccount
        {
            AssociationId = associationId, LedgerYearId = yearId, Account = a, Name = Cut(content.AccountNames.GetValueOrDefault(a) ?? string.Empty, 200),
        }).ToList();
        var vouchers = content.Rows.Select(r => (r.Series, r.Voucher)).Distinct().Count();
        var program = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "Tabell (CSV)" : "Tabell";
        var start = new DateOnly(year, 1, 1);
        var warnings = new List<SieProblem>();
        var errors = new List<SieProblem>();
        if (await db.Set<LedgerAccount>().AnyAsync(a => a.AssociationId == associationId && (a.Opening != null || a.Closing != null)
                && db.Set<LedgerYear>().Any(y => y.Id == a.LedgerYearId && y.Start == start), ct))
        {
            // Losing the balances silently is not undone by reading the SIE file again later by chance: refuse unless asked.
            const string Lost = "En tabell har inga, så de försvinner när tabellen ersätter året, och eget kapital enligt bokföringen går inte att räkna ut.";
            (replaceBalances ? warnings : errors).Add(new SieProblem(0, ReplacesBalances, replaceBalances
                ? $"Året {year} var inläst från en SIE-fil med in- och utgående saldon. {Lost}"
                : $"Året {year} är inläst från en SIE-fil med in- och utgående saldon. {Lost} Läs in en SIE-fil för året i stället, eller kryssa i ”Ersätt in- och utgående saldon” (i API:t replaceBalances=true) om tabellen ändå ska ersätta året."));
        }

        return await SaveAsync(associationId, new YearToSave(yearId, start, new DateOnly(year, 12, 31), fileName, program, vouchers, accounts, rows, []), errors, warnings, dryRun, ct);
    }

    /// <summary>A financial year read from a file, ready to be saved.</summary>
    private sealed record YearToSave(
        Guid Id, DateOnly Start, DateOnly End, string FileName, string? Program, int Vouchers,
        List<LedgerAccount> Accounts, List<LedgerTransaction> Rows, IEnumerable<(string Dimension, string Number, string Name)> ObjectNames);

    /// <summary>
    /// Saves the year (unless there are errors or it is a dry run): the year read before is deleted whole, then the new
    /// one written, its rows in bulk, all in one transaction.
    /// </summary>
    private async Task<LedgerImportOutcome> SaveAsync(Guid associationId, YearToSave y, List<SieProblem> errors, IReadOnlyList<SieProblem> warnings, bool dryRun, CancellationToken ct)
    {
        var (yearId, start, end, rows) = (y.Id, y.Start, y.End, y.Rows);
        var existing = await db.Set<LedgerYear>().FirstOrDefaultAsync(l => l.AssociationId == associationId && l.Start == start, ct);
        var mapped = await db.Set<AccountMapping>().AsNoTracking().Where(m => m.AssociationId == associationId).Select(m => m.Account).ToListAsync(ct);
        var unmapped = rows.Select(r => r.Account).Where(ActualsRules.IsResultAccount).Distinct(StringComparer.Ordinal).Except(mapped, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var outcome = new LedgerImportOutcome(false, dryRun, start, end, y.Vouchers, rows.Count, y.Accounts.Count, existing is not null, errors, warnings, unmapped);
        if (errors.Count > 0 || dryRun)
        {
            return outcome;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (existing is not null)
        {
            await db.Set<LedgerTransaction>().Where(t => t.LedgerYearId == existing.Id).ExecuteDeleteAsync(ct);
            await db.Set<LedgerAccount>().Where(a => a.LedgerYearId == existing.Id).ExecuteDeleteAsync(ct);
            await db.Set<LedgerObject>().Where(o => o.LedgerYearId == existing.Id).ExecuteDeleteAsync(ct);
            db.Remove(existing);
        }

        db.Add(new LedgerYear
        {
            Id = yearId, AssociationId = associationId, Start = start, End = end, ImportedAt = clock.GetUtcNow().UtcDateTime, ImportedBy = Cut(actor.Name, 200),
            FileName = Cut(Path.GetFileName(y.FileName), 260), Program = y.Program is { } p ? Cut(p, 200) : null, VoucherCount = y.Vouchers, TransactionCount = rows.Count,
        });
        db.AddRange(y.Accounts);
        db.AddRange(Objects(y.ObjectNames, rows).Select(o => new LedgerObject
        {
            AssociationId = associationId, LedgerYearId = yearId, Dimension = o.Dimension, Number = o.Number, Name = Cut(o.Name, 200),
        }));
        await db.SaveChangesAsync(ct);
        await bulk.InsertAsync(db, rows, ct);
        await transaction.CommitAsync(ct);
        return outcome with { Saved = true };
    }

    /// <summary>The code of a table that would replace a year's SIE balances: an error unless asked for, then a warning.</summary>
    public const string ReplacesBalances = "LEDGER_TABLE_REPLACES_BALANCES";

    /// <summary>The largest amount of one row or balance the books take: 1 000 000 000 000 kr.</summary>
    public static readonly Sek MaxAmount = Sek.FromKronor(1_000_000_000_000L);

    /// <summary>
    /// The most a year's rows, or its balances, may add up to with signs ignored: 1 000 000 000 000 000 kr, a thousand
    /// rows of the largest amount. Then every sum a later read makes of the year (per account, per category, over all of
    /// it) fits the öre count with room for 90 such years; without it 93 000 rows of <see cref="MaxAmount"/> would not.
    /// </summary>
    public static readonly Sek MaxTurnover = Sek.FromKronor(1_000_000_000_000_000L);

    /// <summary>The message for a file over <see cref="MaxTurnover"/>, after "Rad N: ".</summary>
    public static string TurnoverTooLarge =>
        $"beloppen till och med denna rad summerar, utan hänsyn till tecken, till mer än {MaxTurnover}, mer än ett års bokföring kan hålla. Kontrollera beloppen i filen.";

    /// <summary>The first line at which <paramref name="amounts"/>, signs ignored and summed in 128 bits, pass <see cref="MaxTurnover"/>; 0 if none.</summary>
    private static int TurnoverExceededAt(IEnumerable<(Sek Amount, int Line)> amounts)
    {
        Int128 total = 0;
        foreach (var (amount, line) in amounts)
        {
            total += Int128.Abs(amount.Ore);
            if (total > MaxTurnover.Ore)
            {
                return Math.Max(line, 1);
            }
        }

        return 0;
    }

    private static LedgerImportOutcome Refused(bool dryRun, SieProblem problem) =>
        new(false, dryRun, null, null, 0, 0, 0, false, [problem], [], []);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    /// <summary>A row's object in <paramref name="dimension"/> (the first, if a file gives two), cut to the kept length.</summary>
    private static string? ObjectOf(IReadOnlyList<SieObjectRef> objects, string dimension)
    {
        foreach (var o in objects)
        {
            if (o.Dimension == dimension && o.Number.Length > 0)
            {
                return Cut(o.Number, ActualsRules.MaxObjectLength);
            }
        }

        return null;
    }

    /// <summary>The cost centres and projects the file names (#OBJEKT) or its rows use, each once, with the file's name.</summary>
    private static IEnumerable<(string Dimension, string Number, string Name)> Objects(IEnumerable<(string Dimension, string Number, string Name)> named, List<LedgerTransaction> rows)
    {
        var names = new Dictionary<(string, string), string>();
        foreach (var o in named)
        {
            names[(o.Dimension, o.Number)] = o.Name;
        }

        foreach (var r in rows)
        {
            if (r.CostCentre is { } c)
            {
                names.TryAdd((ActualsRules.CostCentreDimension, c), string.Empty);
            }

            if (r.Project is { } p)
            {
                names.TryAdd((ActualsRules.ProjectDimension, p), string.Empty);
            }
        }

        return names.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value));
    }
}
