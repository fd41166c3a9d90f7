using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.ImportParticipations;
using Samordna.Web.Infrastructure.Audit;
using Samordna.Web.Infrastructure.Files;

namespace Samordna.IntegrationTests.FollowUp;

/// <summary>The participant file through the upload page: all or nothing, every bad row named, and any identifier refuses the whole file without being repeated.</summary>
[Collection(AppCollection.Name)]
public sealed class ImportParticipationsTests(AppFixture app)
{
    private const string Header = "Kod;Kön;Födelseår;Startdatum;Sysselsättning vid start;Försörjning vid start;Tid med offentlig försörjning före;Utbildning;Slutdatum;Avslutningsanledning;Sysselsättning vid avslut;Försörjning vid avslut\n";

    private async Task<(TestAssociation Association, Guid InterventionId, HttpClient Pages)> ArrangeAsync()
    {
        var association = await app.Host.CreateAssociationAsync();
        var interventionId = await app.Host.CreateInterventionAsync(association, owner: "0662");
        var officer = await app.Host.CreateParticipantOfficerAsync(association, "0662");
        return (association, interventionId, await app.Host.SignedInPageClientAsync(officer));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient pages, TestAssociation association, Guid interventionId, string csv, bool dryRun = false, Guid? progressId = null)
    {
        var url = $"/forbund/{association.Id}/deltagare/import";
        var page = await (await pages.GetAsync(url)).Content.ReadAsStringAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Clients.AntiforgeryToken(page)!), "__af" },
            { new StringContent(interventionId.ToString()), "InterventionId" },
        };
        if (dryRun)
        {
            form.Add(new StringContent("true"), "DryRun");
        }

        if (progressId is { } id)
        {
            form.Add(new StringContent(id.ToString()), "ProgressId");
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "File", "deltagare.csv");
        return await pages.PostAsync(url, form);
    }

    private Task<int> CountAsync(Guid interventionId) =>
        app.Host.WithDbAsync(db => db.Set<Participation>().IgnoreQueryFilters().CountAsync(p => p.InterventionId == interventionId));

    [Fact]
    public async Task The_officer_who_started_an_import_can_ask_how_far_it_has_come_and_nobody_else_can()
    {
        var (association, interventionId, pages) = await ArrangeAsync();
        var form = await (await pages.GetAsync($"/forbund/{association.Id}/deltagare/import")).Content.ReadAsStringAsync();
        Assert.Contains("name=\"ProgressId\"", form, StringComparison.Ordinal);
        Assert.Contains("js/import-progress.js", form, StringComparison.Ordinal);

        var rows = string.Concat(Enumerable.Range(0, 2500).Select(i => $";Kvinna;{1960 + (i % 40)};2025-02-01;ovrigt;ekonomiskt-bistand;1-2;gymnasium;;;;\n"));
        var progressId = Guid.NewGuid();
        var url = $"/forbund/{association.Id}/deltagare/import?handler=progress&id={progressId}";
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync(url)).StatusCode);
        var applied = await UploadAsync(pages, association, interventionId, Header + rows, progressId: progressId);
        Assert.True(applied.StatusCode == HttpStatusCode.Redirect, await applied.BodyAsync());

        var progress = System.Text.Json.JsonDocument.Parse(await pages.GetStringAsync(url)).RootElement;
        Assert.Equal("Done", progress.GetProperty("stage").GetString());
        Assert.Equal(2500, progress.GetProperty("rowsTotal").GetInt32());
        Assert.Equal("Klart: 2 500 rader är lästa.", progress.GetProperty("text").GetString()!.Replace('\u00a0', ' '));

        // Another officer of the same organisation sees nothing of it.
        var other = await app.Host.CreateParticipantOfficerAsync(association, "0662");
        using var otherPages = await app.Host.SignedInPageClientAsync(other);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPages.GetAsync(url)).StatusCode);

        // A refused file ends as stopped.
        var refusedId = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(pages, association, interventionId, Header + ";Kvinna;19;;;;;;;;;\n", progressId: refusedId)).StatusCode);
        var refused = System.Text.Json.JsonDocument.Parse(await pages.GetStringAsync($"/forbund/{association.Id}/deltagare/import?handler=progress&id={refusedId}")).RootElement;
        Assert.Equal("Stopped", refused.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_long_import_reports_each_stage_and_the_rows_checked_as_it_goes()
    {
        var (association, interventionId, _) = await ArrangeAsync();
        var rows = string.Concat(Enumerable.Range(0, 2500).Select(i => $";Man;{1960 + (i % 40)};2025-02-01;ovrigt;ekonomiskt-bistand;1-2;gymnasium;;;;\n"));
        var reports = new List<(ImportStage Stage, int Done, int Total)>();
        await using (var scope = app.Host.CreateScope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<ImportParticipationsHandler>();
            var actor = new Web.Features.FollowUp.FollowUpActor(null, "Test", new HashSet<Guid> { association.Members["0662"] }, false);
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(Header + rows));
            var outcome = await handler.HandleAsync(association.Id, interventionId, actor, content, "deltagare.csv", false, CancellationToken.None,
                (stage, done, total) =>
                {
                    reports.Add((stage, done, total));
                    return Task.CompletedTask;
                });
            Assert.True(outcome.Applied);
        }

        Assert.Equal(
            [(ImportStage.Reading, 0, 0), (ImportStage.Checking, 0, 2500), (ImportStage.Checking, 1000, 2500), (ImportStage.Checking, 2000, 2500), (ImportStage.Saving, 2500, 2500), (ImportStage.Done, 2500, 2500)],
            reports);
    }

    [Fact]
    public async Task The_association_s_extra_questions_are_columns_of_the_file_answered_by_an_option_s_words()
    {
        var (association, interventionId, pages) = await ArrangeAsync();
        var atStart = await app.Host.CreateQuestionAsync(association, "Kontakt med psykiatrin", ParticipationPhase.Start, "Ja", "Nej");
        var atEnd = await app.Host.CreateQuestionAsync(association, "Plan framåt", ParticipationPhase.End, "Ja", "Nej");
        // A question whose words contain what the identifier check looks for in a heading ("person") is still a column.
        var ombud = await app.Host.CreateQuestionAsync(association, "Har deltagaren personligt ombud", ParticipationPhase.Start, "Ja", "Nej");

        // The template offers a column per question.
        var template = await pages.GetAsync($"/forbund/{association.Id}/deltagare/import?handler=template");
        var header = TabularFile.Read(await template.Content.ReadAsByteArrayAsync(), "mall.xlsx", new FileLimits()).Header;
        Assert.Equal(["Kontakt med psykiatrin", "Plan framåt", "Har deltagaren personligt ombud"], header[^3..]);

        var head = Header.TrimEnd('\n') + ";Kontakt med psykiatrin;Plan framåt;Har deltagaren personligt ombud\n";
        var bad = head
            + ";Kvinna;1990;2025-02-01;ovrigt;ekonomiskt-bistand;1-2;gymnasium;;;;;Kanske;;\n"
            + ";Man;1985;2025-03-01;ovrigt;ekonomiskt-bistand;1-2;gymnasium;;;;;ja;Ja;\n";
        var refused = await UploadAsync(pages, association, interventionId, bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Svaret ska vara ett av alternativen: Ja, Nej.", page, StringComparison.Ordinal);
        Assert.Contains("Frågan besvaras när deltagandet avslutas", page, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(interventionId));

        var good = head
            + ";Kvinna;1990;2025-02-01;ovrigt;ekonomiskt-bistand;1-2;gymnasium;;;;;nej;;\n"
            + ";Man;1985;2025-03-01;ovrigt;ekonomiskt-bistand;1-2;gymnasium;2025-06-30;enligt-plan;arbete;lon;Ja;Ja;\n"
            + ";Man;1986;2025-03-01;ovrigt;ekonomiskt-bistand;1-2;gymnasium;;;;;;;Ja\n";
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(pages, association, interventionId, good)).StatusCode);
        var answers = await app.Host.WithDbAsync(db => (from a in db.Set<ParticipationAnswer>()
                                                         join p in db.Set<Participation>() on a.ParticipationId equals p.Id
                                                         where p.InterventionId == interventionId
                                                         select new { p.BirthYear, a.QuestionId, a.OptionId }).ToListAsync());
        Assert.Equal(4, answers.Count);
        Assert.Contains(answers, a => a.BirthYear == 1986 && a.QuestionId == ombud.Id && a.OptionId == ombud.Options[0].Id);
        Assert.Contains(answers, a => a.BirthYear == 1990 && a.QuestionId == atStart.Id && a.OptionId == atStart.Options[1].Id);
        Assert.Contains(answers, a => a.BirthYear == 1985 && a.QuestionId == atStart.Id && a.OptionId == atStart.Options[0].Id);
        Assert.Contains(answers, a => a.BirthYear == 1985 && a.QuestionId == atEnd.Id && a.OptionId == atEnd.Options[0].Id);
    }

    [Fact]
    public async Task A_file_of_new_participants_is_read_and_a_later_file_with_their_codes_exits_them()
    {
        var (association, interventionId, pages) = await ArrangeAsync();
        var csv = Header
            + ";Kvinna;1990;2025-02-01;Övrigt eller ingen sysselsättning;Ekonomiskt bistånd (försörjningsstöd);1–2 år;Gymnasium;;;;\n"
            + ";man;1985;2025-03-01;arbetssokande;a-kassa, ekonomiskt-bistand;under-1;grundskola;;;;\n";
        var dry = await UploadAsync(pages, association, interventionId, csv, dryRun: true);
        Assert.Contains("Provkörning utan fel", await dry.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(interventionId));

        var applied = await UploadAsync(pages, association, interventionId, csv);
        Assert.True(applied.StatusCode == HttpStatusCode.Redirect, await applied.BodyAsync());
        Assert.Equal(2, await CountAsync(interventionId));
        var code = await app.Host.WithDbAsync(db => db.Set<Participation>().IgnoreQueryFilters().Where(p => p.InterventionId == interventionId && p.BirthYear == 1985).Select(p => p.Code).SingleAsync());

        // New records are written in bulk, with the audit rows a save would log: one per record, values hidden, the officer named.
        await app.Host.WithDbAsync(async db =>
        {
            var ids = (await db.Set<Participation>().IgnoreQueryFilters().Where(p => p.InterventionId == interventionId).Select(p => p.Id).ToListAsync()).Select(id => id.ToString()).ToList();
            var log = (await db.AuditEntries.Where(e => e.EntityType == nameof(Participation) && e.AssociationId == association.Id).ToListAsync()).Where(e => ids.Contains(e.EntityId)).ToList();
            Assert.Equal(ids.Order(), log.Select(e => e.EntityId).Order());
            Assert.All(log, e => Assert.True(e.Action == "Added" && e.AssociationId == association.Id && e.UserId is not null, e.Changes));
            Assert.All(log, e => Assert.True(e.Changes.Contains("\"BirthYear\"", StringComparison.Ordinal) && e.Changes.Contains(AuditInterceptor.Hidden, StringComparison.Ordinal) && !e.Changes.Contains("1985", StringComparison.Ordinal), e.Changes));
            return 0;
        });

        var exit = Header + $"{code};Man;1985;2025-03-01;arbetssokande;a-kassa,ekonomiskt-bistand;under-1;grundskola;2025-09-30;Enligt plan;Studier;Studiemedel\n";
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(pages, association, interventionId, exit)).StatusCode);
        await app.Host.WithDbAsync(async db =>
        {
            var p = await db.Set<Participation>().IgnoreQueryFilters().Include(x => x.Incomes).SingleAsync(x => x.Code == code);
            Assert.Equal(new DateOnly(2025, 9, 30), p.EndDate);
            Assert.Equal("studier", p.EndOccupation);
            Assert.Equal(["a-kassa", "ekonomiskt-bistand", "studiemedel"], p.Incomes.Select(i => i.Code).Order(StringComparer.Ordinal));
            Assert.Equal(1, await db.Set<ParticipationRevision>().IgnoreQueryFilters().CountAsync(r => r.ParticipationId == p.Id));
            return 0;
        });
        Assert.Equal(2, await CountAsync(interventionId));
    }

    [Fact]
    public async Task Bad_rows_are_each_named_and_nothing_is_saved()
    {
        var (association, interventionId, pages) = await ArrangeAsync();
        var csv = Header
            + ";Kvinna;1990;2025-02-01;ovrigt;lon;1-2;gymnasium;;;;\n"
            + ";Okänd;19x0;2025-13-01;ovrigt;lon;1-2;gymnasium;;;;\n"
            + "ZZZZZZ;Man;1980;2025-02-01;ovrigt;;1-2;gymnasium;;;;\n";
        var response = await UploadAsync(pages, association, interventionId, csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Rad 3, kolumn Kön: Kön ska vara Kvinna eller Man.", html, StringComparison.Ordinal);
        Assert.Contains("Rad 3, kolumn Födelseår: Födelseår ska skrivas med fyra siffror", html, StringComparison.Ordinal);
        Assert.Contains("Rad 3, kolumn Startdatum:", html, StringComparison.Ordinal);
        Assert.Contains("Rad 4, kolumn Kod:", html, StringComparison.Ordinal);
        Assert.Contains("Rad 4, kolumn Försörjning vid start:", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(interventionId));
    }

    [Theory]
    [InlineData("19121212-1212")]
    [InlineData("191212121212")]
    [InlineData("121212-1212")]
    [InlineData("1212121212")]
    [InlineData("121272-1234")]
    [InlineData("20121272 1234")]
    public async Task A_file_with_an_identity_number_anywhere_is_refused_whole_without_repeating_it(string number)
    {
        var (association, interventionId, pages) = await ArrangeAsync();
        var csv = Header
            + ";Kvinna;1990;2025-02-01;ovrigt;lon;1-2;gymnasium;;;;\n"
            + $";Man;1980;2025-02-01;ovrigt;lon;1-2;{number};;;;\n";
        var response = await UploadAsync(pages, association, interventionId, csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("ser ut som ett personnummer eller samordningsnummer", html, StringComparison.Ordinal);
        Assert.Contains("Rad 3", html, StringComparison.Ordinal);
        Assert.DoesNotContain(number, html, StringComparison.Ordinal);
        Assert.DoesNotContain(number.Replace("-", string.Empty, StringComparison.Ordinal)[^10..], html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(interventionId));
    }

    [Theory]
    [InlineData("Namn")]
    [InlineData("Personnummer")]
    [InlineData("Adress")]
    [InlineData("Telefon")]
    public async Task A_file_with_a_column_for_an_identifier_is_refused_whole(string heading)
    {
        var (association, interventionId, pages) = await ArrangeAsync();
        var csv = Header.TrimEnd('\n') + $";{heading}\n;Kvinna;1990;2025-02-01;ovrigt;lon;1-2;gymnasium;;;;;x\n";
        var response = await UploadAsync(pages, association, interventionId, csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("identifierar en person", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(interventionId));
    }

    [Fact]
    public async Task The_template_holds_the_template_columns_and_none_is_named_like_an_identifier()
    {
        var (association, _, pages) = await ArrangeAsync();
        var response = await pages.GetAsync($"/forbund/{association.Id}/deltagare/import?handler=template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = TabularFile.Read(await response.Content.ReadAsByteArrayAsync(), "mall.xlsx");
        Assert.Equal(ParticipationColumns.Template, table.Header);
        Assert.All(table.Header, h => Assert.False(ParticipationColumns.LooksLikeIdentifierHeading(h), h));
        Assert.All(table.Header, h => Assert.DoesNotMatch(NoIdentifierTests.IdentifierPattern, h));
    }
}
