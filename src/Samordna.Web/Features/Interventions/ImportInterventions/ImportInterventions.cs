using Microsoft.Extensions.Options;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.MoveIntervention;
using Samordna.Web.Features.Interventions.Rules;
using Samordna.Web.Features.Interventions.SaveIntervention;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Audit;
using Samordna.Web.Infrastructure.Files;

namespace Samordna.Web.Features.Interventions.ImportInterventions;

/// <summary>What an import did (or, as a dry run, would do), or every reason it was refused, each naming its row and column.</summary>
public sealed record ImportInterventionsOutcome(bool Applied, int Rows, IReadOnlyList<FileProblem> Errors)
{
    public const string RowCode = "INTERVENTION_IMPORT_ROW";

    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Existing interventions from a spreadsheet into one association, all or nothing (README.md "Import"). Each row is read
/// into the application request the page and the API send, checked by <see cref="SaveInterventionHandler.Validate"/>,
/// created by <see cref="SaveInterventionHandler.CreateAsync"/>, then put in the file's state with an
/// <see cref="InterventionMove.Import"/> event and checked by <see cref="InterventionRules"/> as a submission or start
/// would be. Everything runs in one transaction that is committed only when no row has an error (and never on a dry
/// run); every save goes through the context's audit interceptor, as the command line's actor.
/// </summary>
public sealed class ImportInterventionsHandler(
    AppDbContext db, SaveInterventionHandler save, MoveInterventionHandler moves, IAuditActor auditActor, TimeProvider clock,
    IOptions<InterventionsOptions> options, IOptions<FileLimits> limits)
{
    public async Task<ImportInterventionsOutcome> HandleAsync(Guid associationId, Stream content, string fileName, bool dryRun, CancellationToken ct)
    {
        Table table;
        try
        {
            table = TabularFile.Read(await TabularFile.ReadBytesAsync(content, limits.Value, ct), fileName, limits.Value);
        }
        catch (TabularFileException ex)
        {
            return new ImportInterventionsOutcome(false, 0, [ex.Problem]);
        }

        var problems = new List<FileProblem>(table.Problems);
        var columns = Columns(table, problems);
        if (problems.Count > 0)
        {
            return new ImportInterventionsOutcome(false, table.Rows.Count, problems);
        }

        if (table.Rows.Count == 0)
        {
            return new ImportInterventionsOutcome(false, 0, [new FileProblem(FileProblemCodes.Empty, "Filen har inga insatser under rubrikraden.")]);
        }

        var reader = await ReaderAsync(associationId, ct);
        var existing = (await db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == associationId).Select(i => i.Name).ToListAsync(ct))
            .ToHashSet(StringComparer.Create(SwedishCulture.Instance, ignoreCase: true));
        var firstLineOfName = new Dictionary<string, int>(StringComparer.Create(SwedishCulture.Instance, ignoreCase: true));
        var rows = new List<ImportRow>();
        foreach (var line in table.Rows)
        {
            var errors = new ValidationErrors();
            var row = reader.Read(line, columns, errors);
            var parsed = errors.ToDictionary().Keys.ToHashSet();
            foreach (var (field, messages) in SaveInterventionHandler.Validate(row.Request, options.Value, isUpdate: false).ToDictionary())
            {
                if (!parsed.Contains(ImportColumns.Of(field)))
                {
                    Array.ForEach(messages, m => errors.Add(ImportColumns.Of(field), m));
                }
            }

            if (row.Request.Name?.Trim() is { Length: > 0 } name)
            {
                if (existing.Contains(name))
                {
                    errors.Add(ImportColumns.Name, "Förbundet har redan en insats med det namnet.");
                }
                else if (!firstLineOfName.TryAdd(name, line.Line))
                {
                    errors.Add(ImportColumns.Name, $"Namnet finns redan på rad {firstLineOfName[name]} i filen. Varje insats ska ha ett eget namn.");
                }
            }

            problems.AddRange(RowProblems(line.Line, errors));
            rows.Add(row);
        }

        // Every row goes through the handler too, so its own checks (members during the period, places served) are
        // reported for all rows; nothing is kept unless every row passed.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var actor = InterventionActor.System(auditActor.Name);
        var badLines = problems.Select(p => p.Row).ToHashSet();
        foreach (var row in rows.Where(r => !badLines.Contains(r.Line)))
        {
            var error = await CreateAsync(associationId, row, actor, fileName, ct);
            if (error is not null)
            {
                problems.Add(new FileProblem(error.Code, error.Message, row.Line, ImportColumns.Of(error.Field)));
            }
        }

        var applied = problems.Count == 0 && !dryRun;
        if (applied)
        {
            await transaction.CommitAsync(ct);
        }
        else
        {
            await transaction.RollbackAsync(ct);
        }

        db.ChangeTracker.Clear();
        return new ImportInterventionsOutcome(applied, table.Rows.Count, Sorted(problems));
    }

    private async Task<Error?> CreateAsync(Guid associationId, ImportRow row, InterventionActor actor, string fileName, CancellationToken ct)
    {
        var created = await save.CreateAsync(associationId, row.Request, actor, ct);
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        var intervention = await InterventionQueries.LoadAsync(db, associationId, created.Value.Id, ct);
        intervention!.State = row.State;
        intervention.AgreementSignedOn = row.AgreementSignedOn;
        var blocking = InterventionRules.Blocking(InterventionRules.Check(await RuleFacts.LoadAsync(db, intervention, ct), options.Value));
        if (blocking.Count > 0)
        {
            return InterventionsErrors.RuleFailed.WithMessage(string.Join(" ", blocking.Select(b => $"{b.Name}: {b.Message}"))) with { Field = ImportColumns.OfRule(blocking[0].Code) };
        }

        if (row.DecisionId is { } decisionId)
        {
            if (await moves.LinkDecisionAsync(intervention, decisionId, ct) is { } linkError)
            {
                return linkError with { Field = ImportColumns.Decision };
            }

            db.AddRange(row.Grants.Select(g => new InterventionGrant { AssociationId = associationId, InterventionId = intervention.Id, DecisionId = decisionId, Year = g.Year!.Value, Amount = g.Amount!.Value }));
        }

        db.Add(new InterventionEvent
        {
            AssociationId = associationId,
            InterventionId = intervention.Id,
            Move = InterventionMove.Import,
            FromState = InterventionState.Idea,
            ToState = row.State,
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            EffectiveDate = SwedishCulture.Today(clock),
            UserId = actor.UserId,
            UserName = actor.Name,
            Note = $"Befintlig insats inläst från {Path.GetFileName(fileName)}, rad {row.Line}.",
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Header name → index; every required column present, no column unknown or twice.</summary>
    private static Dictionary<string, int> Columns(Table table, List<FileProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < table.Header.Length; i++)
        {
            var header = table.Header[i].Trim();
            if (header.Length == 0)
            {
                continue;
            }

            var known = ImportColumns.All.FirstOrDefault(c => string.Equals(c, header, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                problems.Add(new FileProblem(FileProblemCodes.NoHeader, $"Kolumnen \"{(header.Length > 40 ? header[..40] + "…" : header)}\" är okänd.", table.HeaderLine));
            }
            else if (!columns.TryAdd(known, i))
            {
                problems.Add(new FileProblem(FileProblemCodes.NoHeader, $"Kolumnen {known} finns två gånger.", table.HeaderLine));
            }
        }

        var missing = ImportColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new FileProblem(FileProblemCodes.NoHeader,
                columns.Count == 0
                    ? $"Filen har ingen av insatsimportens kolumner; är det rätt fil? Rubrikraden ska ha kolumnerna {string.Join(", ", ImportColumns.All)}."
                    : $"Kolumnerna {string.Join(", ", missing)} saknas.",
                table.HeaderLine));
        }

        return columns;
    }

    private async Task<ImportRowReader> ReaderAsync(Guid associationId, CancellationToken ct)
    {
        var members = await db.Set<Membership>().AsNoTracking().Where(m => m.AssociationId == associationId)
            .Join(db.Set<Organisation>(), m => m.OrganisationId, o => o.Id, (m, o) => new { o.Id, o.Code, o.Name, o.MunicipalityCode, o.OrganisationNumber })
            .Distinct().ToListAsync(ct);
        var municipalities = await db.Set<Municipality>().AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, ct);
        var decisions = await db.Set<BoardDecision>().AsNoTracking().Where(d => d.AssociationId == associationId).ToListAsync(ct);
        return new ImportRowReader(options.Value, members.Select(o => new ImportMember(o.Id, o.Code, o.Name, o.MunicipalityCode, o.OrganisationNumber)).ToList(), municipalities, decisions);
    }

    private static IEnumerable<FileProblem> RowProblems(int line, ValidationErrors errors) =>
        errors.ToDictionary().SelectMany(e => e.Value.Select(m => new FileProblem(ImportInterventionsOutcome.RowCode, m, line, e.Key)));

    private static List<FileProblem> Sorted(List<FileProblem> problems) =>
        problems.OrderBy(p => p.Row ?? 0).ThenBy(p => p.Column is null ? -1 : Array.IndexOf(ImportColumns.All, p.Column)).ToList();
}
