using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Samordna.TestSupport;
using Samordna.Web.Data;
using Samordna.Web.Domain;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.SaveDecision;
using Samordna.Web.Features.Governance.SaveMeeting;
using Samordna.Web.Features.Interventions;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Documents;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.MoveIntervention;
using Samordna.Web.Features.Interventions.PublishIntervention;
using Samordna.Web.Features.Interventions.SaveIntervention;

namespace Samordna.IntegrationTests.Interventions;

/// <summary>Ids of one intervention's rows, for probing addresses that name them.</summary>
public sealed record InterventionSamples(Guid InterventionId, Guid PaymentId, Guid ReportId, Guid DocumentId);

/// <summary>Arranging interventions through their use cases, as the association's office would (the state machine and the rules apply).</summary>
public static class InterventionTestData
{
    public static readonly InterventionActor Office = InterventionActor.System(UseCases.ActorName);

    public static readonly DateOnly Start = new(2025, 1, 1);

    public static readonly DateOnly End = new(2026, 12, 31);

    /// <summary>An application (an idea) with the given parties, owner and places; by default FK and the first municipality, owned by the municipality.</summary>
    public static async Task<Guid> CreateInterventionAsync(
        this SamordnaTestHost host, TestAssociation association, string? name = null, string description = "En insats för test.",
        string[]? parties = null, string? owner = null, string[]? places = null, string[]? groups = null,
        Orientation orientation = Orientation.Individual, string precise = "forrehabilitering", int ageFrom = 18, int ageTo = 64, bool esf = false)
    {
        var firstMunicipality = association.Members.Keys.Where(k => k.StartsWith('0')).Order(StringComparer.Ordinal).First();
        parties ??= ["FK", firstMunicipality];
        owner ??= firstMunicipality;
        places ??= [firstMunicipality];
        var request = new InterventionRequest(
            name ?? "Testinsats " + TestData.NextSerial(), description, orientation, precise,
            orientation == Orientation.Individual ? FollowUpMethod.ParticipantRecords : FollowUpMethod.HeadcountOnly, esf,
            groups ?? ["unga"], association.Members[owner], parties.Select(p => association.Members[p]).ToList(), places,
            Start, End, ageFrom, ageTo, [new PlannedYearRequest(2025, 10, 10), new PlannedYearRequest(2026, 10, 10)],
            null, null, null, null, null, null, AccessRoute.Both, "Kontaktcenter 010-000 00 00", null, null);
        var options = host.Services.GetRequiredService<IOptions<InterventionsOptions>>().Value;
        var saved = await host.RunAsync<SaveInterventionHandler, Saved>(
            association.Id, SaveInterventionHandler.Validate(request, options, isUpdate: false), (h, ct) => h.CreateAsync(association.Id, request, Office, ct));
        return saved.Id;
    }

    /// <summary>A board meeting on <paramref name="date"/> and a numbered decision at it, linked to nothing yet.</summary>
    public static async Task<(Guid MeetingId, Guid DecisionId)> CreateDecisionAsync(this SamordnaTestHost host, TestAssociation association, DateOnly date, string title = "Medel till insatsen")
    {
        var meeting = new MeetingRequest(date, "Provsalen", MeetingKind.Ordinary, null, null);
        var met = await host.RunAsync<SaveMeetingHandler, Saved>(association.Id, SaveMeetingHandler.Validate(meeting, isUpdate: false), (h, ct) => h.CreateAsync(association.Id, meeting, ct));
        var decision = new DecisionRequest(null, null, title, "Styrelsen beviljar medel enligt ansökan.", null, null, null, null, null, null, null, null, null);
        var decided = await host.RunAsync<SaveDecisionHandler, Saved>(association.Id, SaveDecisionHandler.Validate(decision, isUpdate: false), (h, ct) => h.CreateAsync(association.Id, met.Id, decision, ct));
        return (met.Id, decided.Id);
    }

    /// <summary>Makes one move as the office; returns the new version.</summary>
    public static async Task<long> MoveAsync(this SamordnaTestHost host, TestAssociation association, Guid id, MoveRequest request)
    {
        var saved = await host.RunAsync<MoveInterventionHandler, Saved>(
            association.Id, MoveInterventionHandler.Validate(request), (h, ct) => h.HandleAsync(association.Id, id, request, Office, ct));
        return saved.Version;
    }

    public static MoveRequest Move(InterventionMove move, long version, DateOnly? date = null) =>
        new(move, date ?? new DateOnly(2024, 10, 1), null, null, null, null, null, null, null, null, null, null, version);

    public static async Task<long> VersionAsync(this SamordnaTestHost host, Guid id)
    {
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<Intervention>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).FirstAsync();
    }

    /// <summary>
    /// Carries an intervention from idea to <paramref name="target"/> (as far as Active) through the office's moves:
    /// prepared, on the agenda of a meeting on 2024-11-20, granted <paramref name="perYear"/> for 2025 and 2026, the
    /// agreement funding the same with one payment a year and an interim and a final report.
    /// </summary>
    public static async Task<Guid> AdvanceAsync(
        this SamordnaTestHost host, TestAssociation association, Guid id, InterventionState target, Sek? perYear = null, DateOnly? interimDue = null, DateOnly? finalDue = null)
    {
        var amount = perYear ?? Sek.FromKronor(500_000);
        var version = await host.VersionAsync(id);
        version = await host.MoveAsync(association, id, Move(InterventionMove.Submit, version));
        if (target == InterventionState.Submitted)
        {
            return Guid.Empty;
        }

        version = await host.MoveAsync(association, id, Move(InterventionMove.Prepare, version) with { Recommendation = Recommendation.Approve, Statement = "Tillstyrks." });
        if (target == InterventionState.Prepared)
        {
            return Guid.Empty;
        }

        var (meetingId, decisionId) = await host.CreateDecisionAsync(association, new DateOnly(2024, 11, 20));
        version = await host.MoveAsync(association, id, Move(InterventionMove.PlaceOnAgenda, version, new DateOnly(2024, 11, 1)) with { MeetingId = meetingId });
        if (target == InterventionState.OnAgenda)
        {
            return decisionId;
        }

        version = await host.MoveAsync(association, id, Move(InterventionMove.Decide, version, new DateOnly(2024, 11, 20)) with
        {
            DecisionId = decisionId,
            Grants = [new YearAmountRequest(2025, amount), new YearAmountRequest(2026, amount)],
        });
        if (target == InterventionState.Decided)
        {
            return decisionId;
        }

        version = await host.MoveAsync(association, id, Move(InterventionMove.SignAgreement, version, new DateOnly(2024, 12, 10)) with
        {
            Funding = [new YearAmountRequest(2025, amount), new YearAmountRequest(2026, amount)],
            Payments = [new PaymentPlanRequest(new DateOnly(2025, 1, 31), amount), new PaymentPlanRequest(new DateOnly(2026, 1, 31), amount)],
            Reports = [new ReportDateRequest(ReportKind.Interim, interimDue ?? new DateOnly(2025, 9, 30)), new ReportDateRequest(ReportKind.Final, finalDue ?? new DateOnly(2027, 2, 28))],
        });
        if (target == InterventionState.AgreementSigned)
        {
            return decisionId;
        }

        await host.MoveAsync(association, id, Move(InterventionMove.Activate, version, new DateOnly(2025, 1, 1)));
        return decisionId;
    }

    /// <summary>Shows a running intervention in the catalogue.</summary>
    public static async Task PublishAsync(this SamordnaTestHost host, TestAssociation association, Guid id)
    {
        var request = new PublishRequest(true, await host.VersionAsync(id));
        await host.RunAsync<PublishInterventionHandler, Saved>(association.Id, PublishInterventionHandler.Validate(request), (h, ct) => h.HandleAsync(association.Id, id, request, Office, ct));
    }

    /// <summary>One running intervention with its payments and reports, for the matrices.</summary>
    public static async Task<InterventionSamples> CreateInterventionSamplesAsync(this SamordnaTestHost host, TestAssociation association)
    {
        var id = await host.CreateInterventionAsync(association, name: "Matrisinsats " + TestData.NextSerial());
        await host.AdvanceAsync(association, id, InterventionState.Active);
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var payment = await db.Set<InterventionPayment>().AsNoTracking().Where(p => p.InterventionId == id).Select(p => p.Id).FirstAsync();
        var report = await db.Set<InterventionReport>().AsNoTracking().Where(p => p.InterventionId == id).Select(p => p.Id).FirstAsync();
        var document = await host.RunAsync<ManageDocumentsHandler, Saved>(association.Id, new(), (h, ct) =>
            h.UploadAsync(association.Id, id, DocumentKind.Application, "ansokan.pdf", "%PDF-1.7\n%%EOF\n"u8.ToArray(), Office, ct));
        return new InterventionSamples(id, payment, report, document.Id);
    }
}
