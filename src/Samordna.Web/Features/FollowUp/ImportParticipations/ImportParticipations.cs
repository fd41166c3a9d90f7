using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.RecordParticipation;
using Samordna.Web.Features.Interventions;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Infrastructure.Files;

namespace Samordna.Web.Features.FollowUp.ImportParticipations;

/// <summary>What an import did (or would do), or every reason it was refused, each naming its row and column.</summary>
public sealed record ImportParticipationsOutcome(bool Applied, int Rows, int Created, int Updated, IReadOnlyList<FileProblem> Errors, IReadOnlyList<FileProblem> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// The monthly participant file into one intervention, all or nothing. The template (<see cref="ParticipationColumns"/>)
/// is the one the page offers. A file with a column named like an identifier (namn, personnummer, adress …) or a cell
/// that looks like a personal or coordination number is refused whole, and the message never repeats what it found.
/// A row with a code updates that participation (exit or correction, the earlier values kept); a row without one
/// enrols a new participant with a fresh random code. Every row is checked by <see cref="ParticipationValidation"/>,
/// as the form's fields are.
/// </summary>
public sealed class ImportParticipationsHandler(AppDbContext db, RecordParticipationHandler records, IOptions<FollowUpOptions> options, IOptions<FileLimits> limits, TimeProvider clock, AuditedBulkInsert bulk)
{
    public const string IdentifierCode = "FOLLOWUP_IMPORT_IDENTIFIER";
    public const string RowCode = "FOLLOWUP_IMPORT_ROW";

    /// <summary>Rows between two reports of progress while the rows are checked.</summary>
    public const int ProgressEvery = 1000;

    /// <param name="progress">Told the stage and the rows done of the rows in all (the page's status line); none by default.</param>
    public async Task<ImportParticipationsOutcome> HandleAsync(
        Guid associationId, Guid interventionId, FollowUpActor actor, Stream content, string fileName, bool dryRun, CancellationToken ct,
        Func<ImportStage, int, int, Task>? progress = null)
    {
        progress ??= (_, _, _) => Task.CompletedTask;
        var outcome = await ImportAsync(associationId, interventionId, actor, content, fileName, dryRun, progress, ct);
        await progress(outcome.Applied ? ImportStage.Done : ImportStage.Stopped, outcome.Rows, outcome.Rows);
        return outcome;
    }

    private async Task<ImportParticipationsOutcome> ImportAsync(
        Guid associationId, Guid interventionId, FollowUpActor actor, Stream content, string fileName, bool dryRun, Func<ImportStage, int, int, Task> progress, CancellationToken ct)
    {
        await progress(ImportStage.Reading, 0, 0);
        var intervention = await records.OwnInterventionAsync(associationId, interventionId, actor, ct);
        if (intervention is null || intervention.FollowUpMethod != FollowUpMethod.ParticipantRecords)
        {
            return Refused(new FileProblem(FollowUpErrors.InterventionNotFound.Code, FollowUpErrors.InterventionNotFound.Message));
        }

        Table table;
        try
        {
            table = TabularFile.Read(await TabularFile.ReadBytesAsync(content, limits.Value, ct), fileName, limits.Value);
        }
        catch (TabularFileException ex)
        {
            return Refused(ex.Problem);
        }

        var questions = await Questions.QuestionSet.LoadAsync(db, associationId, ct);
        if (Identifiers(table, questions) is { } identifier)
        {
            return Refused(identifier);
        }

        var problems = new List<FileProblem>(table.Problems);
        var columns = ParticipationColumns.Find(table.Header, problems, questions);
        if (problems.Count > 0)
        {
            return new ImportParticipationsOutcome(false, table.Rows.Count, 0, 0, problems, []);
        }

        if (table.Rows.Count == 0)
        {
            return Refused(new FileProblem(FileProblemCodes.Empty, "Filen har inga deltagare under rubrikraden."));
        }

        await progress(ImportStage.Checking, 0, table.Rows.Count);
        var reader = new ParticipationRowReader(options.Value, new ParticipationValidation(options.Value, clock), questions);
        var existing = await db.Set<Participation>().Include(p => p.Incomes).Include(p => p.Answers).AsSplitQuery()
            .Where(p => p.AssociationId == associationId && p.InterventionId == interventionId).ToDictionaryAsync(p => p.Code, ct);
        var taken = (await db.Set<Participation>().Where(p => p.AssociationId == associationId).Select(p => p.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var warnings = new List<FileProblem>();
        var seenCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<(ParticipationRow Row, Participation? Existing)>();
        foreach (var line in table.Rows)
        {
            if (rows.Count % ProgressEvery == 0 && rows.Count > 0)
            {
                await progress(ImportStage.Checking, rows.Count, table.Rows.Count);
            }

            var errors = new ValidationErrors();
            var row = reader.Read(line, columns, errors);
            Participation? target = null;
            if (row.Code is { } code)
            {
                if (!existing.TryGetValue(code, out target))
                {
                    errors.Add(ParticipationColumns.Code, "Koden finns inte bland insatsens deltagare. Lämna kolumnen tom för en ny deltagare.");
                }
                else if (!seenCodes.TryAdd(code, line.Line))
                {
                    errors.Add(ParticipationColumns.Code, $"Koden finns redan på rad {seenCodes[code].ToString(CultureInfo.InvariantCulture)} i filen.");
                }
            }

            problems.AddRange(errors.ToDictionary().SelectMany(kv => kv.Value.Select(m => new FileProblem(RowCode, m, line.Line, kv.Key))));
            if (errors.IsValid && ParticipationValidation.AgeWarning(row.BirthYear!.Value, row.StartDate!.Value, intervention.AgeFrom, intervention.AgeTo) is { } age)
            {
                warnings.Add(new FileProblem(RowCode, age, line.Line, ParticipationColumns.BirthYear));
            }

            rows.Add((row, target));
        }

        if (intervention.Orientation == Orientation.Structural)
        {
            warnings.Insert(0, new FileProblem(RowCode, ParticipationValidation.StructuralWarning));
        }

        if (problems.Count > 0 || dryRun)
        {
            return new ImportParticipationsOutcome(false, table.Rows.Count, rows.Count(r => r.Existing is null), rows.Count(r => r.Existing is not null), Sorted(problems), warnings);
        }

        // All or nothing in one transaction: corrections through the change tracker (their records were read above), new
        // records in bulk with their audit rows (a file of 100 000 new rows took 13 s in SaveChanges alone; see
        // docs/performance.md).
        await progress(ImportStage.Saving, rows.Count, rows.Count);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (row, target) in rows.Where(r => r.Existing is not null))
        {
            db.Add(ParticipationRevision.Of(target!, now, actor.UserId));
            var before = target!.Incomes.Select(i => i.Id).Concat(target.Answers.Select(a => a.Id)).ToHashSet();
            Set(target, row, now, questions);
            foreach (var income in target.Incomes.Where(i => !before.Contains(i.Id)))
            {
                db.Entry(income).State = EntityState.Added;
            }

            foreach (var answer in target.Answers.Where(a => !before.Contains(a.Id)))
            {
                db.Entry(answer).State = EntityState.Added;
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var created = new List<Participation>();
        foreach (var (row, _) in rows.Where(r => r.Existing is null))
        {
            string code;
            do
            {
                code = ParticipationCode.New();
            }
            while (!taken.Add(code));

            var participation = new Participation { AssociationId = associationId, InterventionId = interventionId, Code = code };
            Set(participation, row, now, questions);
            created.Add(participation);
        }

        await bulk.InsertAsync(db, created, ct);
        await bulk.InsertAsync(db, created.SelectMany(p => p.Incomes).ToList(), ct);
        await bulk.InsertAsync(db, created.SelectMany(p => p.Answers).ToList(), ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ImportParticipationsOutcome(true, table.Rows.Count, rows.Count(r => r.Existing is null), rows.Count(r => r.Existing is not null), [], warnings);
    }

    /// <summary>
    /// The first sign of an identifier anywhere in the file: a heading named like one, or a cell shaped like a personal or
    /// coordination number. Named by row and column only, never by the value.
    /// </summary>
    internal static FileProblem? Identifiers(Table table, Questions.QuestionSet questions)
    {
        for (var c = 0; c < table.Header.Length; c++)
        {
            // The association's own questions are columns of the template: their words were checked when asked, and their
            // cells hold one of the closed options (the cell check below still applies to them).
            if (ParticipationColumns.IsQuestionHeading(table.Header[c], questions))
            {
                continue;
            }

            if (ParticipationColumns.LooksLikeIdentifierHeading(table.Header[c]) || PersonalIdentityNumber.LooksLike(table.Header[c]))
            {
                return new FileProblem(IdentifierCode,
                    $"Kolumn {(c + 1).ToString(CultureInfo.InvariantCulture)} har en rubrik som tyder på uppgifter som identifierar en person. Deltagarfiler får inte innehålla namn, personnummer, adresser eller telefonnummer. Ta bort kolumnen; hela filen är avvisad och ingenting har sparats.",
                    table.HeaderLine);
            }
        }

        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Fields.Length; c++)
            {
                if (PersonalIdentityNumber.LooksLike(row.Fields[c]))
                {
                    return new FileProblem(IdentifierCode,
                        $"En cell i kolumn {(c + 1).ToString(CultureInfo.InvariantCulture)} ser ut som ett personnummer eller samordningsnummer. Deltagarfiler får aldrig innehålla sådana nummer. Ta bort numret ur filen; hela filen är avvisad och ingenting har sparats.",
                        row.Line);
                }
            }
        }

        return null;
    }

    private static void Set(Participation participation, ParticipationRow row, DateTime now, Questions.QuestionSet questions)
    {
        RecordParticipationHandler.SetStart(participation, row.Sex!.Value, row.BirthYear!.Value, row.StartDate!.Value, row.StartOccupation!, row.StartIncomes, row.SupportTimeBefore!, row.EducationLevel!);
        RecordParticipationHandler.SetEnd(participation, row.EndDate, row.EndOccupation, row.EndIncomes, row.ExitReason);
        if (row.EndDate is null || row.ExitReason == FollowUpOptions.MistakeExitReason)
        {
            // As on the form: the end questions' answers go with the end (and a felregistrering counts nowhere).
            questions.ClearEnd(participation);
        }

        // The answers of the question columns the file has replace the record's; a question without a column keeps its answer.
        var given = row.Answers.Select(a => a.QuestionId).ToHashSet();
        participation.Answers.RemoveAll(a => given.Contains(a.QuestionId));
        participation.Answers.AddRange(row.Answers.Where(a => a.OptionId is not null)
            .Select(a => new ParticipationAnswer { AssociationId = participation.AssociationId, ParticipationId = participation.Id, QuestionId = a.QuestionId, OptionId = a.OptionId!.Value }));
        participation.UpdatedAt = now;
    }

    private static ImportParticipationsOutcome Refused(FileProblem problem) => new(false, 0, 0, 0, [problem], []);

    private static List<FileProblem> Sorted(IEnumerable<FileProblem> problems) => problems.OrderBy(p => p.Row ?? 0).ThenBy(p => p.Column, StringComparer.Ordinal).ToList();
}
