using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.RunAllocation;

namespace Samordna.Web.Features.Allocation.Contributions;

public sealed record ContributionLineResponse(
    ContributionLineKind Kind,
    Guid? OrganisationId,
    Guid? ParentOrganisationId,
    string Code,
    string Name,
    Sek Amount,
    Sek AsMunicipality,
    Sek AsRegion,
    string Share,
    string Derivation,
    Sek? PreviousYearAmount);

/// <summary>Last year's adopted table in force, beside this year's: its totals and the lines no longer in this year's table.</summary>
public sealed record PreviousYearContributions(
    int Year,
    int Sequence,
    Sek StateAllocation,
    Sek RegionsTotal,
    Sek MunicipalitiesTotal,
    Sek Total,
    IReadOnlyList<ContributionLineResponse> LinesNotThisYear);

/// <summary>
/// An association's contributions for a year: the adopted table when there is one, otherwise a preview computed from
/// the decided run, with last year's adopted table beside it. The whole table is a public budget figure, so everyone
/// who may read the association's contributions sees every line (issue 8).
/// </summary>
public sealed record ContributionsResponse(
    Guid AssociationId,
    int Year,
    bool IsAdopted,
    int? Sequence,
    DateTime? AdoptedAt,
    string? AdoptedBy,
    Guid RunId,
    string RunName,
    Sek StateAllocation,
    IReadOnlyList<string> AllocationExplanation,
    string KeyDescription,
    DateOnly ReferenceDate,
    Sek RegionsTotal,
    Sek MunicipalitiesTotal,
    Sek Total,
    IReadOnlyList<ContributionLineResponse> Lines,
    PreviousYearContributions? PreviousYear,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<int> History);

public sealed class GetContributionsHandler(AppDbContext db, ContributionBuilder builder)
{
    public async Task<Result<ContributionsResponse>> HandleAsync(Guid associationId, int year, int? sequence, CancellationToken ct)
    {
        var tables = await db.Set<ContributionTable>().AsNoTracking()
            .Where(t => t.AssociationId == associationId && t.Year == year)
            .Select(t => new { t.Id, t.Sequence })
            .ToListAsync(ct);
        var history = tables.Select(t => t.Sequence).OrderByDescending(s => s).ToList();
        var chosen = sequence is { } seq ? tables.FirstOrDefault(t => t.Sequence == seq) : tables.MaxBy(t => t.Sequence);
        if (sequence is not null && chosen is null)
        {
            return CommonErrors.NotFound;
        }

        ContributionTable table;
        AllocationRun run;
        AllocationRunResult allocation;
        var warnings = new List<string>();
        if (chosen is not null)
        {
            table = await db.Set<ContributionTable>().AsNoTracking().Include(t => t.Lines).FirstAsync(t => t.Id == chosen.Id, ct);
            run = await db.Set<AllocationRun>().AsNoTracking().FirstAsync(r => r.Id == table.RunId, ct);
            allocation = await db.Set<AllocationRunResult>().AsNoTracking().FirstAsync(r => r.RunId == run.Id && r.AssociationId == associationId, ct);
        }
        else
        {
            var preview = await builder.BuildAsync(associationId, year, ct);
            if (!preview.IsSuccess)
            {
                return preview.Error!;
            }

            (table, run, allocation) = (preview.Value!.Table, preview.Value.Run, preview.Value.Allocation);
            warnings.AddRange(preview.Value.Warnings);
        }

        var previousTable = await db.Set<ContributionTable>().AsNoTracking().Include(t => t.Lines)
            .Where(t => t.AssociationId == associationId && t.Year == year - 1)
            .OrderByDescending(t => t.Sequence)
            .FirstOrDefaultAsync(ct);
        var previousLines = previousTable?.Lines.GroupBy(LineKey).ToDictionary(g => g.Key, g => g.First()) ?? [];
        var lines = table.Lines.OrderBy(l => l.Position)
            .Select(l => Response(l, previousLines.GetValueOrDefault(LineKey(l))?.Amount))
            .ToList();
        var keys = table.Lines.Select(LineKey).ToHashSet(StringComparer.Ordinal);
        var previousYear = previousTable is null ? null : new PreviousYearContributions(
            previousTable.Year,
            previousTable.Sequence,
            previousTable.StateShare,
            previousTable.RegionsTotal,
            previousTable.MunicipalitiesTotal,
            previousTable.Total,
            previousTable.Lines.OrderBy(l => l.Position).Where(l => !keys.Contains(LineKey(l))).Select(l => Response(l, l.Amount) with { Amount = Sek.Zero, AsMunicipality = Sek.Zero, AsRegion = Sek.Zero, Share = string.Empty, Derivation = string.Empty }).ToList());
        return new ContributionsResponse(
            associationId,
            year,
            chosen is not null,
            chosen?.Sequence,
            chosen is null ? null : table.AdoptedAt,
            chosen is null ? null : table.AdoptedBy,
            run.Id,
            run.Name,
            table.StateShare,
            ResultRows.Explanation(allocation),
            table.KeyDescription,
            table.ReferenceDate,
            table.RegionsTotal,
            table.MunicipalitiesTotal,
            table.Total,
            lines,
            previousYear,
            warnings,
            history);
    }

    private static ContributionLineResponse Response(ContributionLine l, Sek? previous) =>
        new(l.Kind, l.OrganisationId, l.ParentOrganisationId, l.Code, l.Name, l.Amount, l.AsMunicipality, l.AsRegion, l.Share, l.Derivation, previous);

    /// <summary>The same payer in two years' tables: the state line, a member by organisation, a unit by its member and code.</summary>
    private static string LineKey(ContributionLine l) => l.Kind == ContributionLineKind.State
        ? "state"
        : $"{l.OrganisationId}|{l.ParentOrganisationId}|{(l.OrganisationId is null ? l.Code : string.Empty)}";
}

/// <summary>
/// Adopts the association's contribution table for the year as it is computed now (decided run, charter and members
/// in force on the run's reference date) and stores every line, so later changes never rewrite it. Adopting again
/// stores a new version; the newest is in force and the earlier ones stay readable.
/// </summary>
public sealed class AdoptContributionsHandler(AppDbContext db, ContributionBuilder builder, TimeProvider clock, Infrastructure.Audit.IAuditActor actor)
{
    public static ValidationErrors Validate(int year, string? note)
    {
        var errors = new ValidationErrors();
        errors.Range("year", "År", year, 2016, 2100);
        errors.FreeText("note", "Anteckning", note, 2000);
        return errors;
    }

    public async Task<Result<int>> HandleAsync(Guid associationId, int year, string? note, CancellationToken ct)
    {
        var preview = await builder.BuildAsync(associationId, year, ct);
        if (!preview.IsSuccess)
        {
            return preview.Error!;
        }

        var table = preview.Value!.Table;
        table.AdoptedAt = clock.GetUtcNow().UtcDateTime;
        table.AdoptedBy = actor.Name;
        table.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        db.Add(table);
        await NumberedSave.SaveAsync(db, async token => table.Sequence = 1 + (await db.Set<ContributionTable>()
            .Where(t => t.AssociationId == associationId && t.Year == year && t.Id != table.Id).MaxAsync(t => (int?)t.Sequence, token) ?? 0), ct);
        return table.Sequence;
    }
}
