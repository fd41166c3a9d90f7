using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.FollowUp;

/// <summary>
/// The association's own extra questions: the office adds them with closed options, participant officers answer them
/// by choosing an option (nothing else can be sent), corrections keep the earlier answers, and the report counts the
/// answers by sex with small counts hidden like every other table.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ExtraQuestionTests(AppFixture app)
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static object Enrol(Guid interventionId, string sex, object? answers) => new
    {
        interventionId, sex, birthYear = 1990, startDate = "2025-03-01", startOccupation = "arbetssokande", startIncomes = new[] { "a-kassa" },
        supportTimeBefore = "1-2", educationLevel = "gymnasium", answers,
    };

    [Fact]
    public async Task The_office_adds_a_question_officers_answer_it_and_the_report_counts_the_answers_by_sex()
    {
        var association = await app.Host.CreateAssociationAsync();
        var interventionId = await app.Host.CreateInterventionAsync(association, owner: "0662");
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var questionsUrl = $"/api/v1/associations/{association.Id}/follow-up/questions";
        JsonElement question;
        using (var api = await app.Host.ApiClientAsync(office))
        {
            var created = await api.PostAsJsonAsync(questionsUrl, new { text = "Har deltagaren kontakt med psykiatrin?", phase = "Start", options = new[] { "Ja", "Nej", "Vet inte" } });
            Assert.True(created.StatusCode == HttpStatusCode.OK, await created.BodyAsync());
            question = await JsonAsync(created);
        }

        var yes = question.GetProperty("options")[0].GetProperty("id").GetGuid();
        var no = question.GetProperty("options")[1].GetProperty("id").GetGuid();
        var questionId = question.GetProperty("id").GetGuid();
        var officer = await app.Host.CreateParticipantOfficerAsync(association, "0662");
        using (var api = await app.Host.ApiClientAsync(officer))
        {
            var url = $"/api/v1/associations/{association.Id}/participations";
            // Yes: 7 women, 6 men; no: 5 women, 8 men; 3 women leave it unanswered (not counted); nobody "Vet inte".
            foreach (var (sex, option, count) in new[] { ("Female", (Guid?)yes, 7), ("Male", yes, 6), ("Female", no, 5), ("Male", no, 8), ("Female", null, 3) })
            {
                for (var i = 0; i < count; i++)
                {
                    var answers = option is { } o ? new[] { new { questionId, optionId = o } } : null;
                    var response = await api.PostAsJsonAsync(url, Enrol(interventionId, sex, answers));
                    Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
                }
            }

            var list = await JsonAsync(await api.GetAsync($"{url}?interventionId={interventionId}"));
            var answered = list.EnumerateArray().SelectMany(r => r.GetProperty("answers").EnumerateArray()).ToList();
            Assert.Equal(26, answered.Count);
            Assert.All(answered, a => Assert.Equal("Har deltagaren kontakt med psykiatrin?", a.GetProperty("question").GetString()));

            // An option of another question, a made-up question and an answer given twice are refused, naming the answers.
            var bad = await api.PostAsJsonAsync(url, Enrol(interventionId, "Female", new[] { new { questionId, optionId = Guid.NewGuid() } }));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("svarsalternativen", (await JsonAsync(bad)).GetProperty("errors").GetProperty("answers")[0].GetString(), StringComparison.Ordinal);
            var unknown = await api.PostAsJsonAsync(url, Enrol(interventionId, "Female", new[] { new { questionId = Guid.NewGuid(), optionId = yes } }));
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            var twice = await api.PostAsJsonAsync(url, Enrol(interventionId, "Female", new[] { new { questionId, optionId = yes }, new { questionId, optionId = no } }));
            Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        }

        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using (var api = await app.Host.ApiClientAsync(board))
        {
            var report = await JsonAsync(await api.GetAsync($"/api/v1/associations/{association.Id}/follow-up?year=2025"));
            var table = report.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "fraga-1");
            Assert.Contains("Har deltagaren kontakt med psykiatrin?", table.GetProperty("heading").GetString(), StringComparison.Ordinal);
            Assert.Equal(["Ja", "Nej", "Vet inte"], table.GetProperty("rows").EnumerateArray().Select(r => r.GetString()));
            int? Cell(int row, int column) => table.GetProperty("cells")[row][column].GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetInt32() : null;
            // Every shown cell is the true count; the "Vet inte" row (0 and 0) is hidden like every small count, 0 included,
            // and whatever else disclosure control hides to protect it is hidden, never shown wrong.
            int[][] expected = [[7, 6], [5, 8], [0, 0]];
            var shown = 0;
            for (var row = 0; row < 3; row++)
            {
                for (var column = 0; column < 2; column++)
                {
                    if (Cell(row, column) is { } value)
                    {
                        Assert.Equal(expected[row][column], value);
                        shown++;
                    }
                }
            }

            Assert.Null(Cell(2, 0));
            Assert.Equal("<5", table.GetProperty("cells")[2][0].GetProperty("display").GetString());
            Assert.Null(Cell(2, 1));
            Assert.True(shown >= 2, "the answers were all hidden");
            if (table.GetProperty("grandTotal").GetProperty("value") is { ValueKind: JsonValueKind.Number } total)
            {
                Assert.Equal(26, total.GetInt32());
            }

            // The board reads aggregates, not the questions' management.
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync(questionsUrl, new { text = "Fråga", phase = "End", options = new[] { "Ja", "Nej" } })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(questionsUrl)).StatusCode);
        }
    }

    [Fact]
    public async Task A_question_needs_words_and_two_to_twelve_closed_options_and_refuses_an_identity_number()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var url = $"/api/v1/associations/{association.Id}/follow-up/questions";

        var empty = await JsonAsync(await api.PostAsJsonAsync(url, new { text = "", phase = (string?)null, options = new[] { "Ja" } }));
        var errors = empty.GetProperty("errors");
        Assert.Contains("Frågan", errors.GetProperty("text")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("När frågan ställs", errors.GetProperty("phase")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("svarsalternativ", errors.GetProperty("options")[0].GetString(), StringComparison.Ordinal);

        var identity = await api.PostAsJsonAsync(url, new { text = "Vem?", phase = "Start", options = new[] { "Ja", "19121212-1212" } });
        Assert.Equal(HttpStatusCode.BadRequest, identity.StatusCode);
        var body = await identity.Content.ReadAsStringAsync();
        Assert.DoesNotContain("19121212", body, StringComparison.Ordinal);
        Assert.Contains("Svarsalternativ 2", body, StringComparison.Ordinal);

        // A question is a column of the participant file: its words must differ from the template's and the other questions'.
        var clash = await api.PostAsJsonAsync(url, new { text = "kön", phase = "Start", options = new[] { "Ja", "Nej" } });
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Contains("kolumn i deltagarfilen", await clash.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var huge = await api.PostAsJsonAsync(url, new { text = new string('x', 5000), phase = "Start", options = Enumerable.Range(1, 13).Select(i => $"Alt {i}").ToArray() });
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(0, await app.Host.WithDbAsync(db => db.Set<Web.Features.FollowUp.Questions.FollowUpQuestion>().CountAsync(q => q.AssociationId == association.Id)));
    }

    [Fact]
    public async Task A_retired_question_is_no_longer_asked_but_its_answers_and_the_answers_a_correction_replaced_are_kept()
    {
        var association = await app.Host.CreateAssociationAsync();
        var interventionId = await app.Host.CreateInterventionAsync(association, owner: "0662");
        var question = await app.Host.CreateQuestionAsync(association, "Remitterad av?", ParticipationPhase.Start, "Kommunen", "Regionen");
        var saved = await app.Host.EnrolAsync(association, interventionId, "0662", Sex.Female, 1990, new DateOnly(2025, 3, 1), startAnswers: [question.Answer(0)]);

        // A correction that changes the answer keeps the earlier one in the record's history.
        var view = await app.Host.WithDbAsync(db => db.Set<Participation>().Include(p => p.Incomes).AsNoTracking().SingleAsync(p => p.Id == saved.Id));
        var correction = new Web.Features.FollowUp.RecordParticipation.CorrectRequest(view.Sex, view.BirthYear, view.StartDate, view.StartOccupation,
            view.Incomes.Select(i => i.Code).ToList(), view.SupportTimeBefore, view.EducationLevel, null, null, null, null, view.Version, [question.Answer(1)]);
        await app.Host.CorrectAsync(association, "0662", saved.Id, correction);
        var (now, before) = await app.Host.WithDbAsync(async db => (
            await db.Set<ParticipationAnswer>().SingleAsync(a => a.ParticipationId == saved.Id),
            await db.Set<ParticipationRevision>().Include(r => r.Answers).SingleAsync(r => r.ParticipationId == saved.Id)));
        Assert.Equal(question.Options[1].Id, now.OptionId);
        Assert.Equal(question.Options[0].Id, Assert.Single(before.Answers).OptionId);

        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using (var api = await app.Host.ApiClientAsync(office))
        {
            var url = $"/api/v1/associations/{association.Id}/follow-up/questions";
            var stale = await api.PostAsJsonAsync($"{url}/{question.Id}/retire", new { version = question.Version + 7 });
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            var retired = await api.PostAsJsonAsync($"{url}/{question.Id}/retire", new { version = question.Version });
            Assert.True(retired.StatusCode == HttpStatusCode.OK, await retired.BodyAsync());
            Assert.Empty((await JsonAsync(await api.GetAsync(url))).EnumerateArray());
            Assert.Single((await JsonAsync(await api.GetAsync($"{url}?includeRetired=true"))).EnumerateArray());
            var missing = await api.PostAsJsonAsync($"{url}/{Guid.NewGuid()}/retire", new { version = 0 });
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

            // Its answers still count in the year's report.
            var report = await JsonAsync(await api.GetAsync($"/api/v1/associations/{association.Id}/follow-up?year=2025"));
            Assert.Contains(report.GetProperty("tables").EnumerateArray(), t => t.GetProperty("heading").GetString()!.Contains("Remitterad av?", StringComparison.Ordinal));
        }

        // A new record cannot answer it any more.
        var officer = await app.Host.CreateParticipantOfficerAsync(association, "0662");
        using (var api = await app.Host.ApiClientAsync(officer))
        {
            var refused = await api.PostAsJsonAsync($"/api/v1/associations/{association.Id}/participations",
                Enrol(interventionId, "Male", new[] { new { questionId = question.Id, optionId = question.Options[0].Id } }));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("ställs inte längre", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
