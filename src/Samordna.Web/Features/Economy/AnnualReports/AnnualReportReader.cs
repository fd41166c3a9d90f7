using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Economy.Equity;
using Samordna.Web.Features.Economy.Members;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Economy.AnnualReports;

/// <summary>One year's statements with the period of its books.</summary>
public sealed record AnnualReportYear(int Year, DateOnly Start, DateOnly End, AnnualStatements Statements);

/// <summary>
/// The note on the members' contributions: per member what it was due by the adopted contribution table, invoiced,
/// paid and outstanding as of the books' last day (the member ledger, <see cref="MemberLedgerHandler"/>). A member's
/// representative sees only their own member (<see cref="Restricted"/>).
/// </summary>
public sealed record ContributionNote(DateOnly AsOf, bool TableAdopted, bool Restricted, IReadOnlyList<MemberBalance> Members, Sek Due, Sek Invoiced, Sek Paid, Sek Outstanding);

/// <summary>
/// The annual report's figures (årsredovisning) of a year from the imported books: income statement and balance sheet
/// with last year's column when that year is imported, and the note on the members' contributions.
/// </summary>
public sealed record AnnualReportFigures(
    Guid AssociationId, string Association, int Year, bool BooksRead, AnnualReportYear? Current, AnnualReportYear? Previous, ContributionNote Contributions);

public sealed class AnnualReportReader(AppDbContext db, MemberLedgerHandler ledger, IOptions<EconomyOptions> economy, IOptions<AnnualReportOptions> options)
{
    public async Task<AnnualReportFigures> ReadAsync(Guid associationId, int year, IReadOnlySet<Guid>? onlyMembers, CancellationToken ct)
    {
        var association = await db.Set<Association>().AsNoTracking().Where(a => a.Id == associationId).Select(a => a.Name).FirstAsync(ct);
        var current = await YearAsync(associationId, year, ct);
        var previous = current is null ? null : await YearAsync(associationId, year - 1, ct);
        var asOf = current?.End ?? new DateOnly(year, 12, 31);
        var members = await ledger.ReadAsync(associationId, year, asOf, onlyMembers, ct);
        var note = new ContributionNote(asOf, members.TableAdopted, onlyMembers is not null, members.Members, members.Due, members.Invoiced, members.Paid, members.Outstanding);
        return new AnnualReportFigures(associationId, association, year, current is not null, current, previous, note);
    }

    private async Task<AnnualReportYear?> YearAsync(Guid associationId, int year, CancellationToken ct)
    {
        var books = await db.LedgerYearAsync(associationId, year, ct);
        if (books is null)
        {
            return null;
        }

        var balances = await db.Set<LedgerAccount>().AsNoTracking().Where(a => a.LedgerYearId == books.Id)
            .Select(a => new AccountBalance(a.Account, a.Opening, a.Closing)).ToListAsync(ct);
        var rows = await db.Set<LedgerTransaction>().AsNoTracking().Where(t => t.LedgerYearId == books.Id)
            .Select(t => new AccountAmount(t.Account, t.Amount)).ToListAsync(ct);
        var e = economy.Value;
        return new AnnualReportYear(year, books.Start, books.End, AnnualReportCalculator.Compute(balances, rows, options.Value, e.EquityAccountPrefixes, e.ResultTransferAccounts));
    }
}
