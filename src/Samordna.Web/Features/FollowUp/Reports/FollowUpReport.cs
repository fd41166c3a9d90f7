using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Disclosure;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.Reports;

/// <summary>One protected table of a report, with its heading and what the rows are.</summary>
public sealed record ReportTable(string Key, string Heading, string RowHeading, ProtectedTable Table);

/// <summary>An outcome indicator with its share, or "–" when the counts it needs are hidden.</summary>
public sealed record OutcomeIndicator(string Name, string Definition, ProtectedCount? Count, ProtectedShare Share);

/// <summary>
/// Kostnad per deltagare: the intervention's actual cost of the year over its participants of the year, in whole kronor
/// (rounded half away from zero); shown only when the participant count is shown and not zero.
/// </summary>
public sealed record CostLine(string Intervention, Sek? ActualCost, ProtectedCount Participants, Sek? CostPerParticipant)
{
    /// <summary>The intervention the line is for (the economy's key figures match the books' costs to it).</summary>
    public Guid InterventionId { get; init; }
}

/// <summary>A whole follow-up report: every table already through disclosure control.</summary>
public sealed record FollowUpReportResult(FollowUpFilter Filter, IReadOnlyList<ReportTable> Tables, IReadOnlyList<OutcomeIndicator> Indicators, ProtectedCount Participants, ProtectedCount Leavers, IReadOnlyList<CostLine> Costs)
{
    public ReportTable this[string key] => Tables.First(t => t.Key == key);
}

/// <summary>A year's headline figures, for comparing years: each from that year's own protected report.</summary>
public sealed record YearSummary(int Year, ProtectedCount Participants, ProtectedCount Leavers, IReadOnlyList<OutcomeIndicator> Indicators);

/// <summary>
/// Builds the follow-up report of a filter from <see cref="FollowUpFigures"/>: participants by sex and age band, by
/// intervention, time on support before and education; for leavers the outcome classes, occupation before → after,
/// income sources before and after and exit reasons. Every table is protected with <see cref="DisclosureControl"/>
/// against its neighbours: an association's report against each of its interventions' reports, the country's
/// against each association's, so no difference of two outputs one filter apart shows a small count.
/// </summary>
public sealed class FollowUpReport(FollowUpFigures figures, IOptions<FollowUpOptions> options, IOptions<DisclosureOptions> disclosure)
{
    public const string Women = "Kvinnor";
    public const string Men = "Män";
    public const string WorkOrStudies = "Arbete eller studier";
    public const string JobSeeking = "Aktivt arbetssökande";
    public const string OtherOutcome = "Övrigt";

    private static readonly string[] Sexes = [Women, Men];

    private FollowUpOptions O => options.Value;

    /// <summary>
    /// The headline figures of the filter's year and the <paramref name="earlier"/> years before it, newest first. The
    /// years hold different participants (a year is not a subset of another), so comparing them uncovers no hidden cell.
    /// </summary>
    public async Task<IReadOnlyList<YearSummary>> CompareYearsAsync(FollowUpReportResult current, int earlier, CancellationToken ct)
    {
        var years = new List<YearSummary> { new(current.Filter.Year, current.Participants, current.Leavers, current.Indicators) };
        for (var year = current.Filter.Year - 1; year >= current.Filter.Year - earlier; year--)
        {
            var r = await BuildAsync(current.Filter with { Year = year }, ct);
            years.Add(new YearSummary(year, r.Participants, r.Leavers, r.Indicators));
        }

        return years;
    }

    public async Task<FollowUpReportResult> BuildAsync(FollowUpFilter filter, CancellationToken ct)
    {
        // One grouped read per kind over the filter; the neighbours' tables come from the same rows.
        var participants = await figures.ParticipantsAsync(filter, ct);
        var leavers = await figures.LeaversAsync(filter, ct);
        var incomes = await figures.LeaverIncomesAsync(filter, ct);
        var answers = await figures.AnswersAsync(filter, ct);
        var questions = await figures.QuestionsAsync(filter, ct);
        var names = await figures.InterventionNamesAsync(filter, ct);
        var associations = filter.AssociationId is null ? await figures.AssociationNamesAsync(ct) : [];
        var (key, scopes) = Neighbourhoods(filter, participants.Select(p => p.Group).Concat(leavers.Select(l => l.Group)));
        var ps = new Partitioned<FollowUpFigures.SexAge>(participants, key);
        var ls = new Partitioned<FollowUpFigures.Leaver>(leavers, key);
        var incs = new Partitioned<FollowUpFigures.Income>(incomes, key);
        var ans = new Partitioned<FollowUpFigures.Answer>(answers, key);
        var interventionLabels = Labels(names);
        var associationLabels = Labels(associations);

        var tables = new List<ReportTable>
        {
            Protected("alder", "Deltagare efter ålder och kön", "Åldersgrupp", scopes, s => AgeTable(ps.In(s), filter.Year)),
            filter.AssociationId is null
                ? Protected("forbund", "Deltagare per förbund och kön", "Förbund", scopes, s => ByLabel(ps.In(s), r => r.AssociationId, associationLabels))
                : Protected("insatser", "Deltagare per insats och kön", "Insats", scopes, s => ByLabel(ps.In(s), r => r.InterventionId, interventionLabels)),
            Protected("forsorjningstid", "Tid med offentlig försörjning före insatsen", "Tid", scopes, s => CodeTable(ps.In(s), O.SupportTimes, r => r.SupportTime)),
            Protected("utbildning", "Utbildningsnivå", "Utbildning", scopes, s => CodeTable(ps.In(s), O.EducationLevels, r => r.Education)),
            Protected("utfall", "Avslutade deltagare efter sysselsättning vid avslut", "Sysselsättning vid avslut", scopes, s => OutcomeTable(ls.In(s))),
            Protected("overgangar", "Sysselsättning före och efter (avslutade)", "Vid start ↓ / vid avslut →", scopes, s => TransitionTable(ls.In(s))),
            Protected("forsorjning", "Försörjningskällor vid start och vid avslut (avslutade; flera kan väljas)", "Försörjningskälla", scopes, s => IncomeTable(incs.In(s))),
            Protected("avslut", "Avslutningsanledningar", "Anledning", scopes, s => ExitTable(ls.In(s))),
        };

        // The association's extra questions: the active ones, and a retired one while its answers count in the year.
        var answered = answers.Where(a => a.Count > 0).Select(a => a.QuestionId).ToHashSet();
        foreach (var (question, index) in questions.Questions.Where(q => !q.IsRetired || answered.Contains(q.Id)).Select((q, i) => (q, i)))
        {
            var among = question.Phase == ParticipationPhase.Start ? "deltagare under året" : "avslutade under året";
            tables.Add(Protected($"fraga-{index + 1}", $"Tilläggsfråga: {question.Text} ({among})", "Svar", scopes, s => AnswerTable(ans.In(s), question)));
        }

        var outcome = tables.First(t => t.Key == "utfall").Table;
        var workOrStudies = outcome.RowTotal(0);
        var other = outcome.RowTotal(2);
        var leaversTotal = outcome.GrandTotal!;
        var widerShown = other is { IsShown: true } && leaversTotal.IsShown;
        var indicators = new List<OutcomeIndicator>
        {
            new("Direkt till arbete eller studier", "Andelen avslutade vars sysselsättning vid avslut är förvärvsarbete (med eller utan lönestöd) eller studier.",
                workOrStudies, ProtectedShare.Of(workOrStudies!, leaversTotal)),
            new("Till arbete, studier eller aktivt arbetssökande", "Andelen avslutade vars sysselsättning vid avslut är förvärvsarbete, studier eller aktivt arbetssökande (FK:s vidare mått från 2021).",
                null, widerShown && leaversTotal.Value > 0 ? ProtectedShare.Of(ProtectedCount.Shown(leaversTotal.Value!.Value - other!.Value!.Value, leaversTotal.MinimumCount), leaversTotal) : ProtectedShare.Of(other!, null)),
        };

        var participantsTotal = tables.First(t => t.Key == "alder").Table.GrandTotal!;
        if (filter.AssociationId is null)
        {
            // The country's report names associations, not interventions (an unpublished intervention's name is not public).
            return new FollowUpReportResult(filter, tables, indicators, participantsTotal, leaversTotal, []);
        }

        var byIntervention = tables.First(t => t.Key == "insatser").Table;
        var costs = await figures.ActualCostsAsync(filter, ct);
        var labels = interventionLabels.ById.ToDictionary(n => n.Value, n => n.Key, StringComparer.Ordinal);
        var costLines = byIntervention.RowLabels.Select((label, row) =>
        {
            Sek? actual = labels.TryGetValue(label, out var id) && costs.TryGetValue(id, out var c) ? c : null;
            var count = byIntervention.RowTotal(row)!;
            return new CostLine(label, actual, count, actual is { } a && count is { IsShown: true, Value: > 0 } ? PerParticipant(a, count.Value!.Value) : null) { InterventionId = id };
        }).ToList();
        return new FollowUpReportResult(filter, tables, indicators, participantsTotal, leaversTotal, costLines);
    }

    /// <summary>
    /// The filter's neighbours (a report of all interventions: each intervention alone; the country: each association
    /// alone; one intervention: none), as the key that puts a row in a neighbour and the neighbours' keys. The report's
    /// own rows are the scope null.
    /// </summary>
    private static (Func<RowGroup, Guid>? Key, List<Guid?> Scopes) Neighbourhoods(FollowUpFilter filter, IEnumerable<RowGroup> rows)
    {
        Func<RowGroup, Guid>? key = filter switch
        {
            { AssociationId: not null, InterventionId: null } => g => g.InterventionId,
            { AssociationId: null, InterventionId: null } => g => g.AssociationId,
            _ => null,
        };
        return (key, key is null ? [] : rows.Select(key).Distinct().Select(id => (Guid?)id).ToList());
    }

    /// <summary>A report's rows split once by neighbour, so each neighbour's table reads its own rows rather than filtering all.</summary>
    private sealed class Partitioned<T>(IReadOnlyList<T> all, Func<RowGroup, Guid>? key)
        where T : FollowUpFigures.IGrouped
    {
        private readonly ILookup<Guid, T>? _byKey = key is null ? null : all.ToLookup(r => key(r.Group));

        public IEnumerable<T> In(Guid? scope) => scope is { } id ? _byKey![id] : all;
    }

    private ReportTable Protected(string key, string heading, string rowHeading, List<Guid?> scopes, Func<Guid?, CountTable> build)
    {
        var own = build(null);
        var neighbours = scopes.Select(build).ToList();
        return new ReportTable(key, heading, rowHeading, DisclosureControl.Protect(own, neighbours, disclosure.Value));
    }

    /// <summary>Age is the age reached in the report's year.</summary>
    private CountTable AgeTable(IEnumerable<FollowUpFigures.SexAge> rows, int year)
    {
        var bands = O.AgeBands().ToList();

        // The band's label is made once per birth year, not once per row (a row per birth year, sex, support time and education).
        var byBirthYear = new Dictionary<int, string>();
        string Band(int birthYear) => byBirthYear.TryGetValue(birthYear, out var band) ? band : byBirthYear[birthYear] = O.AgeBand(year - birthYear);
        return BySex(bands, rows.Select(r => (Band(r.BirthYear), r.Sex, r.Count)), TableTotals.All);
    }

    /// <summary>Rows per intervention or association, in Swedish name order, every one a row even when it has no one.</summary>
    private static CountTable ByLabel(IEnumerable<FollowUpFigures.SexAge> rows, Func<FollowUpFigures.SexAge, Guid> id, RowLabels labels) =>
        BySex(labels.Ordered, rows.Where(r => labels.ById.ContainsKey(id(r))).Select(r => (labels.ById[id(r)], r.Sex, r.Count)), TableTotals.All);

    /// <summary>The labels of named rows (interventions, associations), worked out once per report.</summary>
    private sealed record RowLabels(IReadOnlyList<string> Ordered, IReadOnlyDictionary<Guid, string> ById);

    private static RowLabels Labels(IReadOnlyDictionary<Guid, string> names)
    {
        var ordered = names.OrderBy(n => n.Value, StringComparer.Create(SwedishCulture.Instance, false)).ThenBy(n => n.Key).ToList();
        var byId = ordered.ToDictionary(n => n.Key, n => Label(n.Value, n.Key, names));
        return new RowLabels(ordered.Select(n => byId[n.Key]).ToList(), byId);
    }

    private static CountTable CodeTable(IEnumerable<FollowUpFigures.SexAge> rows, IReadOnlyList<Interventions.CodeOption> codes, Func<FollowUpFigures.SexAge, string> code)
    {
        var labels = codes.Select(c => c.Name).ToList();
        var byCode = codes.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        return BySex(labels, rows.Where(r => byCode.ContainsKey(code(r))).Select(r => (byCode[code(r)], r.Sex, r.Count)), TableTotals.All);
    }

    private CountTable OutcomeTable(IEnumerable<FollowUpFigures.Leaver> rows)
    {
        string Class(string occupation) => O.Occupations.FirstOrDefault(o => o.Code == occupation)?.Outcome switch
        {
            OccupationOutcome.Work or OccupationOutcome.Studies => WorkOrStudies,
            OccupationOutcome.JobSeeking => JobSeeking,
            _ => OtherOutcome,
        };
        return BySex([WorkOrStudies, JobSeeking, OtherOutcome], rows.Select(r => (Class(r.EndOccupation), r.Sex, r.Count)), TableTotals.All);
    }

    private CountTable TransitionTable(IEnumerable<FollowUpFigures.Leaver> rows)
    {
        var codes = O.Occupations.Select(o => o.Code).ToList();
        var counts = codes.Select(_ => new int[codes.Count]).ToArray();
        foreach (var r in rows)
        {
            var i = codes.IndexOf(r.StartOccupation);
            var j = codes.IndexOf(r.EndOccupation);
            if (i >= 0 && j >= 0)
            {
                counts[i][j] += r.Count;
            }
        }

        var names = O.Occupations.Select(o => o.Name).ToList();
        return new CountTable(names, names, counts, TableTotals.All);
    }

    private CountTable IncomeTable(IEnumerable<FollowUpFigures.Income> rows)
    {
        var codes = O.IncomeSources.Select(o => o.Code).ToList();
        var counts = codes.Select(_ => new int[2]).ToArray();
        foreach (var r in rows)
        {
            var i = codes.IndexOf(r.Code);
            if (i >= 0)
            {
                counts[i][r.Phase == ParticipationPhase.Start ? 0 : 1] += r.Count;
            }
        }

        // A person may have several sources, so the rows do not add up to anything: no totals.
        return new CountTable(O.IncomeSources.Select(o => o.Name).ToList(), ["Vid start", "Vid avslut"], counts, TableTotals.None);
    }

    private CountTable ExitTable(IEnumerable<FollowUpFigures.Leaver> rows)
    {
        var reasons = O.ExitReasons.Where(r => r.Code != FollowUpOptions.MistakeExitReason).ToList();
        var byCode = reasons.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        return BySex(reasons.Select(r => r.Name).ToList(), rows.Where(r => byCode.ContainsKey(r.ExitReason)).Select(r => (byCode[r.ExitReason], r.Sex, r.Count)), TableTotals.All);
    }

    /// <summary>One extra question's answers by option and sex; unanswered records are not counted (answers are voluntary).</summary>
    private static CountTable AnswerTable(IEnumerable<FollowUpFigures.Answer> rows, Questions.FollowUpQuestion question)
    {
        var names = question.Options.ToDictionary(o => o.Id, o => o.Text);
        return BySex(question.Options.Select(o => o.Text).ToList(),
            rows.Where(r => r.QuestionId == question.Id && names.ContainsKey(r.OptionId)).Select(r => (names[r.OptionId], r.Sex, r.Count)), TableTotals.All);
    }

    private static CountTable BySex(IReadOnlyList<string> labels, IEnumerable<(string Label, Sex Sex, int Count)> rows, TableTotals totals)
    {
        var counts = labels.Select(_ => new int[2]).ToArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        foreach (var (label, sex, count) in rows)
        {
            if (index.TryGetValue(label, out var i))
            {
                counts[i][sex == Sex.Female ? 0 : 1] += count;
            }
        }

        return new CountTable(labels, Sexes, counts, totals);
    }

    /// <summary>Whole kronor per participant, rounded half away from zero, in exact decimal arithmetic.</summary>
    public static Sek PerParticipant(Sek cost, int participants) =>
        Sek.FromKronor(Math.Round(cost.Kronor / participants, 0, MidpointRounding.AwayFromZero));

    /// <summary>An intervention's name, made distinct when two share one.</summary>
    private static string Label(string name, Guid id, IReadOnlyDictionary<Guid, string> names) =>
        names.Count(n => n.Value == name) > 1 ? $"{name} ({id.ToString()[..8]})" : name;
}
