using Samordna.Web.Data.Demo;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.RecordParticipation;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.FollowUp;

/// <summary>
/// Made-up participations for the demo's running and ended individual interventions, entered through the participant
/// officer's own use case (so they pass the same checks), from a fixed seed: the same demo every time.
/// </summary>
public sealed class FollowUpDemoData(RecordParticipationHandler handler, Questions.FollowUpQuestionsHandler questions, TimeProvider clock) : IDemoDataContributor
{
    public int Order => 40;

    public async Task SeedAsync(AppDbContext db, DemoContext context, CancellationToken ct)
    {
        var random = new Random(2026);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var interventions = await db.Set<Intervention>()
            .Where(i => i.FollowUpMethod == FollowUpMethod.ParticipantRecords
                        && (i.State == InterventionState.Active || i.State == InterventionState.Closed || i.State == InterventionState.EndedEarly))
            .OrderBy(i => i.Name).ToListAsync(ct);
        // One extra question per association, answered from a random source of its own (the records stay as before).
        var answers = new Random(7);
        var asked = new Dictionary<Guid, Questions.QuestionView>();
        foreach (var associationId in interventions.Select(i => i.AssociationId).Distinct())
        {
            var created = await questions.CreateAsync(associationId, new Questions.CreateQuestionRequest(
                "Har deltagaren samtidigt kontakt med psykiatrin?", ParticipationPhase.Start, ["Ja", "Nej", "Vet inte"]), ct);
            asked[associationId] = created.Value!;
        }

        foreach (var intervention in interventions)
        {
            var question = asked[intervention.AssociationId];
            var actor = new FollowUpActor(null, "Demodata", new HashSet<Guid> { intervention.OwnerOrganisationId }, false);
            var last = intervention.EndDate < today ? intervention.EndDate : today;
            var days = Math.Max(1, last.DayNumber - intervention.StartDate.DayNumber);
            var count = intervention.State == InterventionState.Active ? 46 : 14;
            for (var n = 0; n < count; n++)
            {
                var option = question.Options[answers.Next(100) switch { < 45 => 0, < 85 => 1, _ => 2 }];
                await EnrolAsync(intervention, actor, random, days, last, [new Questions.AnswerInput(question.Id, option.Id)], ct);
            }
        }
    }

    private async Task EnrolAsync(Intervention intervention, FollowUpActor actor, Random random, int days, DateOnly last, IReadOnlyList<Questions.AnswerInput> answers, CancellationToken ct)
    {
        var start = intervention.StartDate.AddDays(random.Next(days));
        var sex = random.Next(100) < 60 ? Sex.Female : Sex.Male;
        var age = Math.Clamp(intervention.AgeFrom + (int)Math.Abs(NextGaussian(random) * 9) + random.Next(8), 16, 70);
        var startOccupation = Pick(random, ("ovrigt", 55), ("arbetssokande", 30), ("studier", 8), ("arbete", 7));
        var enrol = new EnrolRequest(intervention.Id, sex, start.Year - age, start, startOccupation,
            [Pick(random, ("sjukpenning", 30), ("ekonomiskt-bistand", 30), ("aktivitetsersattning", 15), ("a-kassa", 10), ("ingen-okand", 15))],
            Pick(random, ("under-1", 20), ("1-2", 35), ("3-5", 25), ("over-5", 15), ("okand", 5)),
            Pick(random, ("grundskola", 35), ("gymnasium", 45), ("eftergymnasial", 12), ("ej-grundskola", 8)), answers);
        var errors = handler.Validate(enrol);
        if (!errors.IsValid)
        {
            throw new InvalidOperationException("Demodata för uppföljning är ogiltiga: " + string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value)));
        }

        var saved = await handler.EnrolAsync(intervention.AssociationId, enrol, actor, ct);
        var end = start.AddDays(30 + random.Next(150));
        if (end > last || random.Next(100) < 25 && intervention.State == InterventionState.Active)
        {
            return;
        }

        var reason = Pick(random, ("enligt-plan", 70), ("avbrott-halsa", 12), ("eget-onskemal", 8), ("flyttat", 4), ("annat", 4), (FollowUpOptions.MistakeExitReason, 2));
        var endOccupation = Pick(random, ("arbete", 18), ("arbete-lonestod", 12), ("studier", 14), ("arbetssokande", 26), ("ovrigt", 30));
        var endIncome = endOccupation.StartsWith("arbete", StringComparison.Ordinal) ? "lon" : endOccupation == "studier" ? "studiemedel" : Pick(random, ("a-kassa", 30), ("ekonomiskt-bistand", 40), ("sjukpenning", 30));
        await handler.ExitAsync(intervention.AssociationId, saved.Value!.Id, new ExitRequest(end, endOccupation, [endIncome], reason, saved.Value.Version), actor, ct);
    }

    private static string Pick(Random random, params (string Code, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (code, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return code;
            }
        }

        return choices[^1].Code;
    }

    private static double NextGaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
