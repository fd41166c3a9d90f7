using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Allocation.EditAssociationInputs;

/// <summary>An association's own figures for an allocation year. Empty amounts mean "not given".</summary>
public sealed record AssociationInputsRequest(
    Sek? PreviousAllocation,
    Sek? ForecastEquity,
    Sek? ReasonableEquityOverride,
    Sek? AskedAmount,
    string? Note,
    long? Version);

public sealed record AssociationInputsResponse(
    Guid AssociationId,
    string AssociationName,
    int Year,
    bool IsStored,
    Sek? PreviousAllocation,
    Sek? ForecastEquity,
    Sek? ReasonableEquityOverride,
    Sek? AskedAmount,
    string? Note,
    long? Version,
    Sek? PreviousFromDecidedRun);

/// <summary>
/// Reads and saves one association's inputs for a year. Association administrators enter the forecast equity and
/// the amount asked for; the previous allocation and the reasonable-equity override are FK's (national) figures, so
/// a request without that right may not change them (403). The context's scope keeps the row the association's own.
/// </summary>
public sealed class EditAssociationInputsHandler(AppDbContext db)
{
    public static ValidationErrors Validate(int year, AssociationInputsRequest r)
    {
        var errors = new ValidationErrors();
        errors.Range("year", "År", year, 2016, 2100);
        Check(errors, "previousAllocation", "Föregående års tilldelning", r.PreviousAllocation);
        Check(errors, "reasonableEquityOverride", "Skäligt eget kapital", r.ReasonableEquityOverride);
        Check(errors, "askedAmount", "Begärt belopp", r.AskedAmount);
        errors.FreeText("note", "Anteckning", r.Note, 2000);
        if (r.PreviousAllocation is { IsWholeKronor: false })
        {
            errors.Add("previousAllocation", "Föregående års tilldelning ska vara hela kronor.");
        }

        return errors;
    }

    public async Task<AssociationInputsResponse?> GetAsync(Guid associationId, int year, CancellationToken ct)
    {
        var name = await db.Set<Association>().AsNoTracking().Where(a => a.Id == associationId).Select(a => a.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return null;
        }

        var row = await db.Set<AssociationAllocationInput>().AsNoTracking().FirstOrDefaultAsync(i => i.AssociationId == associationId && i.Year == year, ct);
        var decided = await DecidedAmountAsync(db, associationId, year - 1, ct);
        return row is null
            ? new AssociationInputsResponse(associationId, name, year, false, null, null, null, null, null, null, decided)
            : new AssociationInputsResponse(associationId, name, year, true, row.PreviousAllocation, row.ForecastEquity, row.ReasonableEquityOverride,
                row.AskedAmount, row.Note, row.Version, decided);
    }

    /// <summary>Creates or updates the row; an existing row needs the version read (stale → <see cref="DbUpdateConcurrencyException"/>, 409).</summary>
    public async Task<Result<long>> HandleAsync(Guid associationId, int year, AssociationInputsRequest r, bool mayEditNationalFields, CancellationToken ct)
    {
        if (!await db.Set<Association>().AnyAsync(a => a.Id == associationId, ct))
        {
            return AllocationErrors.AssociationNotFound;
        }

        // A decided year's inputs are what the decision rests on: they change only with a new run and a new decision.
        if (await db.Set<AllocationRun>().AnyAsync(run => run.Year == year && run.Status == AllocationRunStatus.Decided, ct))
        {
            return AllocationErrors.YearDecided;
        }

        if (await AskAboveModelAsync(associationId, year, r, ct) is { } above)
        {
            return above;
        }

        var row = await db.Set<AssociationAllocationInput>().FirstOrDefaultAsync(i => i.AssociationId == associationId && i.Year == year, ct);
        if (!mayEditNationalFields && (r.PreviousAllocation != row?.PreviousAllocation || r.ReasonableEquityOverride != row?.ReasonableEquityOverride))
        {
            return AllocationErrors.NotAllowedField;
        }

        if (row is null)
        {
            row = new AssociationAllocationInput { AssociationId = associationId, Year = year };
            db.Add(row);
        }
        else
        {
            if (r.Version is not { } version)
            {
                return CommonErrors.ValidationFailed.WithMessage("Version måste anges när uppgifterna redan finns.") with { Field = "version" };
            }

            db.ExpectVersion(row, version);
        }

        row.PreviousAllocation = r.PreviousAllocation;
        row.ForecastEquity = r.ForecastEquity;
        row.ReasonableEquityOverride = r.ReasonableEquityOverride;
        row.AskedAmount = r.AskedAmount;
        row.Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
        await db.SaveChangesAsync(ct);
        return row.Version;
    }

    /// <summary>
    /// The rules that need the database and name a field, as field errors: the page and the API add them to
    /// <see cref="Validate"/>'s, so every problem of the form is reported in the same round.
    /// </summary>
    public async Task<ValidationErrors> CheckAsync(Guid associationId, int year, AssociationInputsRequest r, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (await AskAboveModelAsync(associationId, year, r, ct) is { } above)
        {
            errors.Add(above.Field!, above.Message);
        }

        return errors;
    }

    /// <summary>Asking for more than the model gives changes nothing (the ask is a ceiling), so it is a mistake: say why.</summary>
    private async Task<Error?> AskAboveModelAsync(Guid associationId, int year, AssociationInputsRequest r, CancellationToken ct) =>
        r.AskedAmount is { } asked && await LatestModelAmountAsync(associationId, year, ct) is { } model && asked > model.Amount
            ? new Error("ALLOCATION_ASKED_ABOVE_MODEL",
                $"Begärt belopp ({asked}) är högre än förbundets modellbelopp {model.Amount} i beräkningen \"{model.Run}\". " +
                "Ett förbund kan avstå från en del av sina medel men inte begära mer än modellen ger; lämna fältet tomt för att få hela beloppet.",
                ErrorKind.Validation, "askedAmount")
            : null;

    /// <summary>The association's model amount in the latest run of the year, with the run's name (null when no run includes it).</summary>
    private async Task<(Sek Amount, string Run)?> LatestModelAmountAsync(Guid associationId, int year, CancellationToken ct)
    {
        var latest = await (from run in db.Set<AllocationRun>().AsNoTracking()
                            join result in db.Set<AllocationRunResult>().AsNoTracking() on run.Id equals result.RunId
                            where run.Year == year && result.AssociationId == associationId
                            orderby run.CreatedAt descending
                            select new { result.ModelAmount, run.Name }).FirstOrDefaultAsync(ct);
        return latest is null ? null : (latest.ModelAmount, latest.Name);
    }

    /// <summary>The association's amount in the decided run of <paramref name="year"/>, if there is one.</summary>
    public static async Task<Sek?> DecidedAmountAsync(AppDbContext db, Guid associationId, int year, CancellationToken ct)
    {
        var runId = await db.Set<AllocationRun>().AsNoTracking()
            .Where(run => run.Year == year && run.Status == AllocationRunStatus.Decided)
            .Select(run => (Guid?)run.Id)
            .FirstOrDefaultAsync(ct);
        if (runId is not { } id)
        {
            return null;
        }

        var amounts = await db.Set<AllocationRunResult>().AsNoTracking()
            .Where(r => r.RunId == id && r.AssociationId == associationId)
            .Select(r => r.Amount)
            .ToListAsync(ct);
        return amounts.Count > 0 ? amounts[0] : null;
    }

    private static void Check(ValidationErrors errors, string field, string label, Sek? value)
    {
        if (value is { IsNegative: true })
        {
            errors.Add(field, $"{label} får inte vara negativt.");
        }
    }
}
