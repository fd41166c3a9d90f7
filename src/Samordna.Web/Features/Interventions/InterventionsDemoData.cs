using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.SaveDecision;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Documents;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.ManageMoney;
using Samordna.Web.Features.Interventions.MoveIntervention;
using Samordna.Web.Features.Interventions.PublishIntervention;
using Samordna.Web.Features.Interventions.SaveIntervention;
using Samordna.Web.Features.Interventions.SubmitReport;

namespace Samordna.Web.Features.Interventions;

/// <summary>
/// Demo interventions in every state for Finnveden and Södra Vätterbygden, carried through the real use cases (the
/// same rules and state machine as real ones) with dates relative to today. Every name ends in "(demo)".
/// </summary>
public sealed class InterventionsDemoData(IServiceProvider services, TimeProvider clock) : IDemoDataContributor
{
    private sealed record Spec(
        string Name, string Description, Orientation Orientation, string Precise, string[] Groups, string Owner, string[] Parties, string[] Places,
        InterventionState Target, int StartDays, int EndDays, long KronorPerYear, AccessRoute Access = AccessRoute.Referral);

    private static readonly InterventionActor Actor = InterventionActor.System("Demodata");

    public int Order => 30;

    public async Task SeedAsync(AppDbContext db, DemoContext context, CancellationToken ct)
    {
        if (context.Associations.TryGetValue("finnveden", out var finnveden))
        {
            await SeedAsync(db, finnveden.Id, Finnveden, ct);
        }

        if (context.Associations.TryGetValue("sodra-vatterbygden", out var vatterbygden))
        {
            await SeedAsync(db, vatterbygden.Id, Vatterbygden, ct);
        }
    }

    private static readonly Spec[] Finnveden =
    [
        new("Steg mot arbete (demo)", "Förrehabilitering i grupp och enskilt för unga vuxna som står långt från arbetsmarknaden. Deltagarna får stöd med hälsa, vardagsrutiner och arbetsträning hos lokala arbetsgivare.",
            Orientation.Individual, "forrehabilitering", ["unga", "psykisk-ohalsa"], "0683", ["FK", "0683", "R06"], ["0683", "0662", "0617"], InterventionState.Active, -110, 500, 1_200_000, AccessRoute.Both),
        new("Arbetsintegrerande kartläggning (demo)", "Gemensam kartläggning av arbetsförmåga för personer med ekonomiskt bistånd och sjukskrivning, med arbetsterapeut från regionen och handläggare från kommunen.",
            Orientation.Individual, "kartlaggning", ["ekonomiskt-bistand", "sjukskrivna"], "R06", ["R06", "0662", "AF"], ["0662"], InterventionState.Active, -200, 1_300, 850_000),
        new("Samverkansdagar om psykisk hälsa (demo)", "Utbildningsdagar för handläggare hos Försäkringskassan, Arbetsförmedlingen, regionen och kommunerna om stöd till personer med psykisk ohälsa.",
            Orientation.Structural, "kompetensutveckling", ["psykisk-ohalsa"], "0617", ["0617", "FK", "AF", "R06"], ["0617", "0662", "0683"], InterventionState.Active, -40, 300, 150_000),
        new("Hälsocoach i Gislaved (demo)", "Idé om en hälsocoach som arbetar med långtidssjukskrivna tillsammans med vårdcentralen.",
            Orientation.Individual, "arbetslivsinriktad-rehabilitering", ["sjukskrivna"], "0662", ["0662", "R06"], ["0662"], InterventionState.Idea, 60, 700, 600_000),
        new("Språkstöd på väg till arbete (demo)", "Svenska i arbetslivet kombinerad med praktik för nyanlända som behöver stöd från både kommunen och Arbetsförmedlingen.",
            Orientation.Individual, "stod-arbete-studier", ["utrikes-fodda"], "0683", ["0683", "AF"], ["0683"], InterventionState.Submitted, 90, 800, 700_000),
        new("Digital vägledning (demo)", "Vägledning på distans för unga som varken arbetar eller studerar.",
            Orientation.Individual, "stod-arbete-studier", ["unga"], "0617", ["0617", "AF"], ["0617"], InterventionState.ComplementRequested, 120, 800, 400_000, AccessRoute.SelfReferral),
        new("IPS – individanpassat stöd till arbete (demo)", "Arbetsspecialister enligt IPS-modellen för personer med psykisk ohälsa, i samarbete med psykiatrin.",
            Orientation.Individual, "stod-arbete-studier", ["psykisk-ohalsa", "funktionsnedsattning"], "R06", ["R06", "0683", "AF"], ["0683", "0662"], InterventionState.Prepared, 100, 1_000, 1_500_000),
        new("Familjecentral i samverkan (demo)", "Samordnat stöd för föräldrar med ekonomiskt bistånd, med familjecentralen som mötesplats.",
            Orientation.Individual, "forrehabilitering", ["ekonomiskt-bistand"], "0662", ["0662", "R06", "FK"], ["0662"], InterventionState.OnAgenda, 70, 760, 900_000),
        new("Sommarjobb i samverkan (demo)", "Kartläggning av hur parterna kan erbjuda feriearbete med handledning för unga med funktionsnedsättning.",
            Orientation.Structural, "behovsanalys", ["unga", "funktionsnedsattning"], "0683", ["0683", "AF"], ["0683"], InterventionState.Decided, 30, 300, 120_000),
        new("Motivationsgrupp (demo)", "Gruppverksamhet för personer som varit sjukskrivna länge och vill pröva vägen tillbaka.",
            Orientation.Individual, "forrehabilitering", ["sjukskrivna", "langtidsarbetslosa"], "0617", ["0617", "FK"], ["0617"], InterventionState.AgreementSigned, -10, 600, 500_000),
        new("Aktivitetshus pilot (demo)", "Pilotverksamhet med ett aktivitetshus för personer med beroendeproblematik.",
            Orientation.Individual, "forrehabilitering", ["beroende"], "0683", ["0683", "R06"], ["0683"], InterventionState.Closed, -190, -30, 300_000),
        new("Jobbspår Gnosjö (demo)", "Branschspår med arbetsgivare i Gnosjö för långtidsarbetslösa.",
            Orientation.Individual, "stod-arbete-studier", ["langtidsarbetslosa"], "0617", ["0617", "AF"], ["0617"], InterventionState.EndedEarly, -190, 400, 400_000),
        new("Samverkansteam (demo)", "Ett gemensamt team utan tydlig målgrupp.",
            Orientation.Structural, "samverkansstruktur", ["langtidsarbetslosa"], "0662", ["0662", "AF"], ["0662"], InterventionState.Rejected, -30, 700, 800_000),
        new("Friskvård på recept (demo)", "Friskvård för långtidssjukskrivna, som kommunen i stället driver själv.",
            Orientation.Individual, "arbetslivsinriktad-rehabilitering", ["sjukskrivna"], "0683", ["0683", "R06"], ["0683"], InterventionState.Withdrawn, 60, 400, 200_000),
    ];

    private static readonly Spec[] Vatterbygden =
    [
        new("Unga till arbete i Jönköping (demo)", "Stöd till arbete eller studier för unga vuxna med hjälp av coacher från kommunen och Arbetsförmedlingen.",
            Orientation.Individual, "stod-arbete-studier", ["unga"], "0680", ["0680", "AF", "FK"], ["0680", "0642"], InterventionState.Active, -110, 700, 1_000_000, AccessRoute.Both),
        new("Arbetsträning i Habo och Mullsjö (demo)", "Arbetsträning i kommunernas verksamheter för personer med aktivitetsersättning.",
            Orientation.Individual, "arbetslivsinriktad-rehabilitering", ["sjukskrivna", "funktionsnedsattning"], "0643", ["0643", "0642", "FK"], ["0643", "0642"], InterventionState.Active, -200, 400, 450_000),
        new("Kunskap om beroende (demo)", "Gemensam utbildning om beroende för parternas personal.",
            Orientation.Structural, "kompetensutveckling", ["beroende"], "R06", ["R06", "0665"], ["0665", "0680"], InterventionState.Submitted, 90, 400, 100_000),
    ];

    private async Task SeedAsync(AppDbContext db, Guid associationId, IReadOnlyList<Spec> specs, CancellationToken ct)
    {
        var today = SwedishCulture.Today(clock);
        var meetings = await db.Set<BoardMeeting>().Where(m => m.AssociationId == associationId).OrderBy(m => m.Date).ToListAsync(ct);
        var past = meetings.Where(m => m.Date < today).ToList();
        var next = meetings.FirstOrDefault(m => m.Date >= today);
        var organisations = await db.Set<Registry.Data.Organisation>().ToDictionaryAsync(o => o.Code, o => o.Id, ct);
        foreach (var spec in specs)
        {
            var (start, end) = (today.AddDays(spec.StartDays), today.AddDays(spec.EndDays));
            var years = Enumerable.Range(start.Year, end.Year - start.Year + 1).ToList();
            var request = new InterventionRequest(
                spec.Name, spec.Description, spec.Orientation, spec.Precise,
                spec.Orientation == Orientation.Individual ? FollowUpMethod.ParticipantRecords : FollowUpMethod.HeadcountOnly, false,
                spec.Groups, organisations[spec.Owner], spec.Parties.Select(p => organisations[p]).ToList(), spec.Places, start, end, 18, 64,
                spec.Orientation == Orientation.Individual ? years.Select((y, i) => new PlannedYearRequest(y, 12 + i * 2, 10 + i * 2)).ToList() : [],
                "Att deltagarna under insatsen tar ett steg närmare arbete eller studier.", "Att fler når egen försörjning.",
                "Bättre samverkan mellan parterna och kortare tid i offentlig försörjning.", "Parterna tar över arbetssättet när insatsen slutar.",
                "Uppföljning med antal deltagare och resultat per kön, delrapport och slutrapport.", "Svårt att nå målgruppen; personalomsättning.",
                spec.Access, "Kontaktcenter, 010-000 00 00 (demo)", null, null);
            var created = (await Use<SaveInterventionHandler>().CreateAsync(associationId, request, Actor, ct)).ValueOrThrow();
            var id = created.Id;
            await db.Set<Intervention>().Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.IsDemo, true), ct);
            await Use<ManageMoneyHandler>().SaveBudgetAsync(associationId, id, new BudgetRequest(
                years.SelectMany(y => new[]
                {
                    new BudgetLineRequest(y, BudgetLineKind.Staff, Sek.FromKronor(spec.KronorPerYear * 8 / 10), null, "Personal (demo)"),
                    new BudgetLineRequest(y, BudgetLineKind.OtherCosts, Sek.FromKronor(spec.KronorPerYear * 2 / 10), null, "Lokaler och material (demo)"),
                    new BudgetLineRequest(y, BudgetLineKind.CoFinancingInKind, Sek.FromKronor(spec.KronorPerYear / 4), null, "Parternas arbetstid (demo)"),
                }).ToList(), await VersionAsync(db, id, ct)), Actor, ct);
            await AdvanceAsync(db, associationId, id, spec, years, past, next, today, ct);
            await AttachDocumentsAsync(associationId, id, spec, ct);
        }
    }

    /// <summary>
    /// A few documents on the running and closed demo interventions, through the documents' use case and store: tiny
    /// PDFs that say DEMO in large letters and "(demo)" in their names.
    /// </summary>
    private async Task AttachDocumentsAsync(Guid associationId, Guid id, Spec spec, CancellationToken ct)
    {
        var documents = spec.Target switch
        {
            InterventionState.Active => new[] { (DocumentKind.Application, "Ansökan"), (DocumentKind.Agreement, "Överenskommelse") },
            InterventionState.Closed => [(DocumentKind.Application, "Ansökan"), (DocumentKind.Report, "Slutrapport")],
            InterventionState.AgreementSigned => [(DocumentKind.Agreement, "Överenskommelse")],
            _ => [],
        };
        foreach (var (kind, title) in documents)
        {
            var pdf = DemoPdf.Create([$"{title}: {spec.Name}", "Exempeldokument i Samordnas demodata.", "Inte ett riktigt dokument."]);
            (await Use<ManageDocumentsHandler>().UploadAsync(associationId, id, kind, $"{title} (demo).pdf", pdf, Actor, ct)).ValueOrThrow();
        }
    }

    private async Task AdvanceAsync(AppDbContext db, Guid associationId, Guid id, Spec spec, List<int> years, List<BoardMeeting> past, BoardMeeting? next, DateOnly today, CancellationToken ct)
    {
        if (spec.Target == InterventionState.Idea)
        {
            return;
        }

        // The meeting that decides it: the last one before the intervention starts, else the first one held.
        var meeting = past.LastOrDefault(m => m.Date <= today.AddDays(Math.Min(spec.StartDays, -1))) ?? past.FirstOrDefault();
        var submitted = meeting is not null && spec.Target >= InterventionState.Decided && spec.Target is not InterventionState.Withdrawn ? meeting.Date.AddDays(-30) : today.AddDays(-20);
        await MoveAsync(db, associationId, id, InterventionMove.Submit, submitted, ct: ct);
        switch (spec.Target)
        {
            case InterventionState.Submitted:
                return;
            case InterventionState.Withdrawn:
                await MoveAsync(db, associationId, id, InterventionMove.Withdraw, today.AddDays(-3), note: "Kommunen driver verksamheten själv i stället (demo).", ct: ct);
                return;
            case InterventionState.ComplementRequested:
                await MoveAsync(db, associationId, id, InterventionMove.RequestComplement, today.AddDays(-10), note: "Beskriv hur målgruppen nås och komplettera budgeten per år (demo).", ct: ct);
                return;
        }

        await MoveAsync(db, associationId, id, InterventionMove.Prepare, submitted.AddDays(10),
            prepare: (spec.Target == InterventionState.Rejected ? Recommendation.Reject : Recommendation.Approve,
                spec.Target == InterventionState.Rejected ? "Beredningsgruppen ser inte att insatsen kräver samordning mellan parterna (demo)." : "Beredningsgruppen tillstyrker ansökan; insatsen bygger på parternas gemensamma behovsanalys (demo)."),
            ct: ct);
        if (spec.Target == InterventionState.Prepared)
        {
            return;
        }

        if (spec.Target == InterventionState.OnAgenda)
        {
            if (next is not null)
            {
                await MoveAsync(db, associationId, id, InterventionMove.PlaceOnAgenda, today, meetingId: next.Id, ct: ct);
            }

            return;
        }

        await MoveAsync(db, associationId, id, InterventionMove.PlaceOnAgenda, meeting!.Date.AddDays(-14), meetingId: meeting.Id, ct: ct);
        var reject = spec.Target == InterventionState.Rejected;
        var decision = (await Use<SaveDecisionHandler>().CreateAsync(associationId, meeting.Id, new DecisionRequest(
            null, null, reject ? $"Avslag: {spec.Name}" : $"Medel till {spec.Name}",
            reject ? "Styrelsen avslår ansökan i enlighet med beredningsgruppens rekommendation." : "Styrelsen beviljar medel enligt ansökan, under förutsättning att överenskommelse tecknas med insatsägaren.",
            DecisionLinkKind.FundingDecision, id, null, VoteKind.None, null, null, null, null, null), ct)).ValueOrThrow();
        var grants = years.Select(y => new YearAmountRequest(y, Sek.FromKronor(spec.KronorPerYear))).ToList();
        await MoveAsync(db, associationId, id, reject ? InterventionMove.Reject : InterventionMove.Decide, meeting.Date, decisionId: decision.Id, grants: reject ? null : grants,
            note: reject ? "Avslag enligt beredningsgruppens rekommendation (demo)." : null, ct: ct);
        if (spec.Target is InterventionState.Decided or InterventionState.Rejected)
        {
            return;
        }

        var start = today.AddDays(spec.StartDays);
        var end = today.AddDays(spec.EndDays);
        var signed = Min(meeting.Date.AddDays(20), today);
        var interim = Min(start.AddDays(120), end);
        var payments = years.Select(y => new PaymentPlanRequest(Max(new DateOnly(y, 1, 31), signed), Sek.FromKronor(spec.KronorPerYear))).ToList();
        await MoveAsync(db, associationId, id, InterventionMove.SignAgreement, signed, funding: grants, payments: payments,
            reports: [new ReportDateRequest(ReportKind.Interim, interim), new ReportDateRequest(ReportKind.Final, end.AddDays(60))], ct: ct);
        if (spec.Target == InterventionState.AgreementSigned)
        {
            return;
        }

        await MoveAsync(db, associationId, id, InterventionMove.Activate, Min(Max(start, signed), today), ct: ct);
        await MarkPastPaymentsPaidAsync(db, associationId, id, today, ct);
        if (spec.Target == InterventionState.EndedEarly)
        {
            await MoveAsync(db, associationId, id, InterventionMove.EndEarly, today.AddDays(-15), note: "Arbetsgivarna i branschspåret drog sig ur; parterna avslutar insatsen i förtid (demo).", ct: ct);
            return;
        }

        var reports = await db.Set<InterventionReport>().AsNoTracking().Where(r => r.InterventionId == id).OrderBy(r => r.DueOn).ToListAsync(ct);
        foreach (var report in reports.Where(r => r.DueOn < today.AddDays(-20) || (spec.Target == InterventionState.Closed && r.Kind == ReportKind.Final)))
        {
            await Use<SubmitReportHandler>().HandleAsync(associationId, id, report.Id, new ReportRequest(
                "Insatsen har startat enligt plan med gruppträffar och enskilda samtal (demo).", 9, 7,
                "Sex deltagare har gått vidare till arbete eller studier; målet på kort sikt är nått för hälften (demo).",
                "Tidig kontakt med arbetsgivare ger bäst resultat (demo).", "Arbetssättet med gemensam kartläggning tas över av kommunen (demo).",
                true, report.Version), Actor, ct);
        }

        if (spec.Target == InterventionState.Active)
        {
            await Use<PublishInterventionHandler>().HandleAsync(associationId, id, new PublishRequest(true, await VersionAsync(db, id, ct)), Actor, ct);
            return;
        }

        await MoveAsync(db, associationId, id, InterventionMove.SubmitFinalReport, Min(end.AddDays(20), today), ct: ct);
        if (spec.Target == InterventionState.Closed)
        {
            await MoveAsync(db, associationId, id, InterventionMove.Close, today.AddDays(-5), ct: ct);
        }
    }

    private async Task MarkPastPaymentsPaidAsync(AppDbContext db, Guid associationId, Guid id, DateOnly today, CancellationToken ct)
    {
        var due = await db.Set<InterventionPayment>().AsNoTracking().Where(p => p.InterventionId == id).ToListAsync(ct);
        foreach (var payment in due.Where(p => p.PlannedOn <= today))
        {
            await Use<ManageMoneyHandler>().MarkPaidAsync(associationId, id, payment.Id, new PaymentRequest(null, null, payment.PlannedOn.AddDays(5) > today ? today : payment.PlannedOn.AddDays(5), payment.Version), Actor, ct);
        }
    }

    private async Task MoveAsync(
        AppDbContext db, Guid associationId, Guid id, InterventionMove move, DateOnly date, string? note = null,
        (Recommendation Recommendation, string Statement)? prepare = null, Guid? meetingId = null, Guid? decisionId = null,
        IReadOnlyList<YearAmountRequest>? grants = null, IReadOnlyList<YearAmountRequest>? funding = null,
        IReadOnlyList<PaymentPlanRequest>? payments = null, IReadOnlyList<ReportDateRequest>? reports = null, CancellationToken ct = default)
    {
        var request = new MoveRequest(move, date, note, prepare?.Recommendation, prepare?.Statement, null, meetingId, decisionId, grants, funding, payments, reports, await VersionAsync(db, id, ct));
        var errors = MoveInterventionHandler.Validate(request);
        if (!errors.IsValid)
        {
            throw new InvalidOperationException($"Demodata för insatser: steget {move} är ogiltigt: {string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value))}");
        }

        (await Use<MoveInterventionHandler>().HandleAsync(associationId, id, request, Actor, ct)).ValueOrThrow();
    }

    private static Task<long> VersionAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        db.Set<Intervention>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).FirstAsync(ct);

    private T Use<T>()
        where T : notnull => services.GetRequiredService<T>();

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
