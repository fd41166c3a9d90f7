using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Domain;
using Samordna.Web.Features.FollowUp;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Disposal;
using Samordna.Web.Features.FollowUp.RecordParticipation;
using Samordna.Web.Infrastructure.Audit;
using Samordna.Web.Infrastructure.Jobs;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.FollowUp;

/// <summary>
/// Gallring: records ended more than FollowUp:DisposalYearsAfterEnd (5) years ago go, with their incomes and
/// revisions, and every report of the years they counted in shows the same figures afterwards. Dates are relative to
/// today, as the job's are (the shared host runs on the real clock), so only this test's records are ever due.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DisposalTests(AppFixture app)
{
    [Fact]
    public async Task Records_past_their_retention_go_with_their_revisions_and_every_report_shows_the_same_figures_afterwards()
    {
        var today = SwedishCulture.Today(TimeProvider.System);
        var due = today.AddYears(-5).AddDays(-1);
        var notYet = today.AddYears(-5).AddDays(30);
        var start = due.AddDays(-400);
        var association = await app.Host.CreateAssociationAsync();
        var ordinary = await app.Host.CreateInterventionAsync(association, name: "Gallras " + TestData.NextSerial(), owner: "0662");
        var esf = await app.Host.CreateInterventionAsync(association, name: "ESF-insats " + TestData.NextSerial(), owner: "0662", esf: true);

        // Answers to the association's extra questions go with the records and stay as counts (a start question in every
        // year of the participation, an end question in its last).
        var asked = await app.Host.CreateQuestionAsync(association, "Kontakt med psykiatrin?", ParticipationPhase.Start, "Ja", "Nej");
        var atEnd = await app.Host.CreateQuestionAsync(association, "Har deltagaren en plan framåt?", ParticipationPhase.End, "Ja", "Nej", "Vet inte");
        var disposed = new List<Guid>();
        foreach (var (sex, occupation, count) in new[] { (Sex.Female, "arbete", 7), (Sex.Female, "studier", 6), (Sex.Male, "arbetssokande", 8), (Sex.Male, "ovrigt", 5) })
        {
            for (var i = 0; i < count; i++)
            {
                disposed.Add((await app.Host.EnrolAsync(association, ordinary, "0662", sex, 1985 + i, start, due, occupation,
                    startAnswers: [asked.Answer(i % 2)], endAnswers: [atEnd.Answer(i % 3)])).Id);
            }
        }

        disposed.Add((await app.Host.EnrolAsync(association, ordinary, "0662", Sex.Female, 1990, start, due, exitReason: FollowUpOptions.MistakeExitReason)).Id);
        // A correction leaves a revision, which must go with its record.
        var corrected = disposed[0];
        await CorrectBirthYearAsync(association, corrected, 1984);
        var kept = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            kept.Add((await app.Host.EnrolAsync(association, ordinary, "0662", Sex.Male, 1980 + i, start, notYet, "arbete")).Id);
            kept.Add((await app.Host.EnrolAsync(association, ordinary, "0662", Sex.Female, 1980 + i, start)).Id);
            kept.Add((await app.Host.EnrolAsync(association, esf, "0662", Sex.Female, 1980 + i, start, due, "studier")).Id);
        }

        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var api = await app.Host.ApiClientAsync(board);
        var years = Enumerable.Range(start.Year, today.Year - start.Year + 1).ToList();
        var before = await ReportsAsync(api, association, years);
        // In the year the due records ended: 26 of them, 5 ESF and 10 kept ordinary ones took part; 26 + 5 left, and the
        // 5 not yet due if they ended in the same year.
        var report = JsonDocument.Parse(before[due.Year]).RootElement;
        Assert.Equal(41, report.GetProperty("participants").GetProperty("value").GetInt32());
        var answers = report.GetProperty("tables").EnumerateArray().Where(t => t.GetProperty("key").GetString()!.StartsWith("fraga-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, answers.Count);
        Assert.Equal(26, answers[0].GetProperty("grandTotal").GetProperty("value").GetInt32());
        Assert.Equal(26, answers[1].GetProperty("grandTotal").GetProperty("value").GetInt32());
        Assert.Equal(notYet.Year == due.Year ? 36 : 31, report.GetProperty("leavers").GetProperty("value").GetInt32());

        await ScheduledJobs.RunNowAsync<DisposeParticipationsJob>(app.Host.Services);

        var left = await app.Host.WithDbAsync(db => db.Set<Participation>().Where(p => p.AssociationId == association.Id).Select(p => p.Id).ToListAsync());
        Assert.Equal(kept.Order(), left.Order());
        Assert.Equal(0, await app.Host.WithDbAsync(db => db.Set<ParticipationIncome>().CountAsync(i => disposed.Contains(i.ParticipationId))));
        Assert.Equal(0, await app.Host.WithDbAsync(db => db.Set<ParticipationAnswer>().CountAsync(a => disposed.Contains(a.ParticipationId))));
        Assert.Equal(0, await app.Host.WithDbAsync(db => db.Set<ParticipationRevision>().CountAsync(r => r.ParticipationId == corrected)));
        var logged = await app.Host.WithDbAsync(db => db.Set<AuditEntry>()
            .Where(e => e.AssociationId == association.Id && e.EntityType == nameof(Participation) && e.Action == "Deleted").Select(e => e.EntityId).ToListAsync());
        Assert.Equal(disposed.Select(d => d.ToString()).Order(), logged.Order());

        // The same figures, to the cell, in every year the disposed records counted in; the mistaken record left nothing.
        var after = await ReportsAsync(api, association, years);
        foreach (var year in years)
        {
            Assert.Equal(before[year], after[year]);
        }

        var kept26 = await app.Host.WithDbAsync(db => db.Set<DisposedLeaverCount>().Where(c => c.AssociationId == association.Id).SumAsync(c => c.Count));
        Assert.Equal(26, kept26);

        // Again: nothing more is due, and nothing is counted twice.
        await ScheduledJobs.RunNowAsync<DisposeParticipationsJob>(app.Host.Services);
        Assert.Equal(after[due.Year], (await ReportsAsync(api, association, [due.Year]))[due.Year]);
        Assert.Equal(26, await app.Host.WithDbAsync(db => db.Set<DisposedLeaverCount>().Where(c => c.AssociationId == association.Id).SumAsync(c => c.Count)));
    }

    private static async Task<Dictionary<int, string>> ReportsAsync(HttpClient api, TestAssociation association, IReadOnlyList<int> years)
    {
        var reports = new Dictionary<int, string>();
        foreach (var year in years)
        {
            var response = await api.GetAsync($"/api/v1/associations/{association.Id}/follow-up?year={year}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
            reports[year] = await response.Content.ReadAsStringAsync();
        }

        return reports;
    }

    private async Task CorrectBirthYearAsync(TestAssociation association, Guid id, int birthYear)
    {
        var view = await app.Host.WithDbAsync(db => db.Set<Participation>().Include(p => p.Incomes).AsNoTracking().SingleAsync(p => p.Id == id));
        var correction = new CorrectRequest(view.Sex, birthYear, view.StartDate, view.StartOccupation,
            view.Incomes.Where(i => i.Phase == ParticipationPhase.Start).Select(i => i.Code).ToList(), view.SupportTimeBefore, view.EducationLevel,
            view.EndDate, view.EndOccupation, view.Incomes.Where(i => i.Phase == ParticipationPhase.End).Select(i => i.Code).ToList(), view.ExitReason, view.Version);
        await app.Host.CorrectAsync(association, "0662", id, correction);
        Assert.Equal(1, await app.Host.WithDbAsync(db => db.Set<ParticipationRevision>().CountAsync(r => r.ParticipationId == id)));
    }
}
