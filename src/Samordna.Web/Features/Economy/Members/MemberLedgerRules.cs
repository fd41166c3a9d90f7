using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Economy.Members;

/// <summary>The member ledger's limits and what counts as a member's contribution in the adopted table.</summary>
public static class MemberLedgerRules
{
    public const int MaxReferenceLength = 60;

    /// <summary>An invoice or payment above this is refused as absurd (a member's whole contribution is far below it).</summary>
    public static readonly Sek MaxAmount = Sek.FromKronor(100_000_000);

    /// <summary>Days from the invoice date to the due date when the office gives none (30 days net).</summary>
    public const int DefaultTermDays = 30;

    /// <summary>
    /// The lines of an adopted contribution table that a member pays: every line with a member organisation except a
    /// unit's (a unit's part is inside its member's line). Their sum is the table's total.
    /// </summary>
    public static IReadOnlyList<ContributionLine> MemberLines(ContributionTable table) =>
        table.Lines.Where(l => l.Kind != ContributionLineKind.Unit && l.OrganisationId is not null).OrderBy(l => l.Position).ToList();

    /// <summary>The adopted table of a year in force (the highest sequence), with its lines; null when none is adopted.</summary>
    public static Task<ContributionTable?> AdoptedTableAsync(AppDbContext db, Guid associationId, int year, CancellationToken ct) =>
        db.Set<ContributionTable>().AsNoTracking().Include(t => t.Lines)
            .Where(t => t.AssociationId == associationId && t.Year == year).OrderByDescending(t => t.Sequence).FirstOrDefaultAsync(ct);
}
