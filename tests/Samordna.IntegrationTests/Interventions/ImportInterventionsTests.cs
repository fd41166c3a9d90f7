using System.Text;
using Microsoft.EntityFrameworkCore;
using Samordna.TestSupport;
using Samordna.Web.Domain;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Infrastructure.Audit;
using Samordna.Web.Infrastructure.Cli;
using Samordna.Web.Infrastructure.Files;

namespace Samordna.IntegrationTests.Interventions;

/// <summary>
/// <c>import-interventions</c>, run in-process as the executable runs it: a good file (CSV and Excel) becomes the
/// association's interventions with every field, state, history and audit row; a file with bad rows names each row and
/// column and stores nothing; a file that is not a table, or too large, is refused.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ImportInterventionsTests(AppFixture app)
{
    private static readonly string[] Header =
    [
        "Namn", "Beskrivning", "Inriktning", "Preciserad inriktning", "Uppföljningsmetod", "ESF", "Målgrupper", "Insatsägare", "Parter", "Kommuner",
        "Startdatum", "Slutdatum", "Lägsta ålder", "Högsta ålder", "Planerade kvinnor per år", "Planerade män per år", "Hur man kommer in", "Kontakt", "Läge",
        "Överenskommelse undertecknad", "Beslut", "Beviljat per år",
    ];

    private static string[] Row(
        string name, string parties = "Gislaveds kommun; FK; R06", string owner = "0662", string places = "Gislaved; 0617", string start = "2024-01-01",
        string end = "2026-12-31", string state = "Pågår", string signed = "2023-12-01", string groups = "Unga vuxna (16–29 år); sjukskrivna",
        string decision = "", string granted = "") =>
    [
        name, "Förrehabilitering i grupp för unga vuxna.", "Individinriktad", "Förrehabilitering", "Deltagaruppgifter", "Nej", groups, owner, parties, places,
        start, end, "18", "64", "10", "8", "Båda", "Kontaktcenter 010-000 00 00", state, signed, decision, granted,
    ];

    private async Task<(int Code, string Output)> ImportAsync(string association, byte[] file, string extension, params string[] more)
    {
        var path = Path.Combine(Path.GetTempPath(), $"insatser-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(path, file);
        try
        {
            using var output = new StringWriter();
            var code = await OperatorCli.RunAsync(app.Host.Services, "import-interventions", ["--association", association, "--file", path, .. more], output);
            return (code, output.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Sheet(string kind, params string[][] rows) =>
        TabularFile.Write(kind == "xlsx" ? FileKind.Xlsx : FileKind.Csv, "Insatser", Header, rows.Select(r => (IReadOnlyList<object?>)r));

    private Task<List<Intervention>> InterventionsAsync(Guid associationId) =>
        app.Host.WithDbAsync(db => db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == associationId)
            .Include(i => i.Parties).Include(i => i.Municipalities).Include(i => i.TargetGroups).Include(i => i.Years).AsSplitQuery().ToListAsync());

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task A_good_file_becomes_the_associations_interventions_with_every_field_their_state_and_an_audited_import_event(string kind)
    {
        var association = await app.Host.CreateAssociationAsync();
        var (_, decisionId) = await app.Host.CreateDecisionAsync(association, new DateOnly(2023, 11, 20));
        var decision = await app.Host.WithDbAsync(db => db.Set<BoardDecision>().AsNoTracking().SingleAsync(d => d.Id == decisionId));
        string[] structural =
        [
            "Samverkansdagar", "Utbildning för parternas handläggare.", "Strukturövergripande", "kompetensutveckling", "Endast antal (volyminsats)", "Ja",
            "psykisk-ohalsa", "Gnosjö kommun", "0617; AF", "Gnosjö kommun", "2022-01-01", "2023-06-30", "", "", "", "", "Remiss", "info@gnosjo.example", "Avslutad",
            "2021-12-15", "", "",
        ];
        var file = Sheet(kind,
            Row("Steg till arbete", decision: $"§ {decision.Number}/{decision.Year}", granted: "2024: 400 000; 2025: 350 000,50"),
            structural,
            Row("Bara beviljad", parties: "Försäkringskassan; 0662", owner: "FK", places: "0662", state: "beviljad", signed: ""));

        var (code, output) = await ImportAsync(association.Name, file, kind);

        Assert.True(code == 0, output);
        Assert.Contains($"3 insatser är inlästa i {association.Name}.", output, StringComparison.Ordinal);
        var imported = (await InterventionsAsync(association.Id)).ToDictionary(i => i.Name);
        Assert.Equal(["Bara beviljad", "Samverkansdagar", "Steg till arbete"], imported.Keys.Order(StringComparer.Ordinal));

        var steg = imported["Steg till arbete"];
        Assert.Equal((Orientation.Individual, "forrehabilitering", FollowUpMethod.ParticipantRecords, false), (steg.Orientation, steg.PreciseOrientation, steg.FollowUpMethod, steg.EsfCoFinanced));
        Assert.Equal(["sjukskrivna", "unga"], steg.TargetGroups.Select(t => t.Code).Order(StringComparer.Ordinal));
        Assert.Equal(association.Members["0662"], steg.OwnerOrganisationId);
        Assert.Equal(new[] { "0662", "FK", "R06" }.Select(c => association.Members[c]).Order(), steg.Parties.Select(p => p.OrganisationId).Order());
        Assert.Equal(["0617", "0662"], steg.Municipalities.Select(m => m.MunicipalityCode).Order(StringComparer.Ordinal));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31), 18, 64), (steg.StartDate, steg.EndDate, steg.AgeFrom, steg.AgeTo));
        Assert.Equal([(2024, 10, 8), (2025, 10, 8), (2026, 10, 8)], steg.Years.OrderBy(y => y.Year).Select(y => (y.Year, y.PlannedWomen, y.PlannedMen)));
        Assert.Equal((AccessRoute.Both, "Kontaktcenter 010-000 00 00"), (steg.AccessRoute, steg.PublicContact));
        Assert.Equal((InterventionState.Active, new DateOnly(2023, 12, 1), decisionId, false), (steg.State, steg.AgreementSignedOn, steg.DecisionId, steg.Published));

        var structuralRow = imported["Samverkansdagar"];
        Assert.Equal((Orientation.Structural, FollowUpMethod.HeadcountOnly, true, InterventionState.Closed), (structuralRow.Orientation, structuralRow.FollowUpMethod, structuralRow.EsfCoFinanced, structuralRow.State));
        Assert.Equal((16, 64), (structuralRow.AgeFrom, structuralRow.AgeTo));
        Assert.Empty(structuralRow.Years);
        Assert.Equal((InterventionState.Decided, null), (imported["Bara beviljad"].State, imported["Bara beviljad"].AgreementSignedOn));

        // The decided amounts hang on the board's numbered decision, which now names the intervention.
        var grants = await app.Host.WithDbAsync(db => db.Set<InterventionGrant>().AsNoTracking().Where(g => g.InterventionId == steg.Id).OrderBy(g => g.Year).ToListAsync());
        Assert.Equal([(2024, Sek.FromKronor(400_000)), (2025, Sek.FromKronor(350_000.50m))], grants.Select(g => (g.Year, g.Amount)));
        Assert.All(grants, g => Assert.Equal(decisionId, g.DecisionId));
        Assert.Equal(steg.Id, (await app.Host.WithDbAsync(db => db.Set<BoardDecision>().AsNoTracking().SingleAsync(d => d.Id == decisionId))).LinkedId);

        // One import event per intervention in its history, and the rows in the audit log, both by the command line.
        var ids = imported.Values.Select(i => i.Id).ToList();
        var events = await app.Host.WithDbAsync(db => db.Set<InterventionEvent>().AsNoTracking().Where(e => ids.Contains(e.InterventionId)).ToListAsync());
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal((InterventionMove.Import, "kommandorad: import-interventions"), (e.Move, e.UserName)));
        Assert.Equal(InterventionState.Active, events.Single(e => e.InterventionId == steg.Id).ToState);
        var audited = await app.Host.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == nameof(Intervention) && a.AssociationId == association.Id).Select(a => new { a.EntityId, a.Actor }).ToListAsync());
        Assert.Equal(ids.Select(i => i.ToString()).Order(StringComparer.Ordinal), audited.Select(a => a.EntityId).Distinct().Order(StringComparer.Ordinal));
        Assert.All(audited, a => Assert.Equal("kommandorad: import-interventions", a.Actor));
    }

    [Fact]
    public async Task A_file_with_several_bad_rows_names_each_row_and_column_and_stores_nothing()
    {
        var association = await app.Host.CreateAssociationAsync();
        var existing = "Redan här " + TestData.NextSerial();
        await app.Host.CreateInterventionAsync(association, name: existing);
        var file = Sheet("csv",
            Row("Bra insats"),
            Row("Okänd part", parties: "0662; Ankeborgs kommun"),
            Row("Bara kommuner", parties: "0662; 0617"),
            Row("Baklänges", start: "2025-01-01", end: "2024-01-01"),
            Row("Bra insats"),
            Row("Utan överenskommelse", signed: ""),
            Row(existing),
            Row("Fel målgrupp", groups: "pensionärer"),
            Row("=HYPERLINK(\"http://x\")"),
            Row("Två ägare", owner: "0662; FK"));

        var (code, output) = await ImportAsync(association.Id.ToString(), file, "csv");

        Assert.True(code == 1, output);
        Assert.Contains("Filen har 9 fel och har inte importerats. Inga insatser har sparats.", output, StringComparison.Ordinal);
        Assert.Contains("Rad 3, kolumn Parter: \"Ankeborgs kommun\" är inte medlem i förbundet.", output, StringComparison.Ordinal);
        Assert.Contains("Rad 4, kolumn Parter: Minst två parter: Bara en part deltar (kommun).", output, StringComparison.Ordinal);
        Assert.Contains("Rad 5, kolumn Slutdatum: ", output, StringComparison.Ordinal);
        Assert.Contains("Rad 6, kolumn Namn: Namnet finns redan på rad 2 i filen.", output, StringComparison.Ordinal);
        Assert.Contains("Rad 7, kolumn Överenskommelse undertecknad: Ange när insatsägaren undertecknade överenskommelsen", output, StringComparison.Ordinal);
        Assert.Contains("Rad 8, kolumn Namn: Förbundet har redan en insats med det namnet.", output, StringComparison.Ordinal);
        Assert.Contains("Rad 9, kolumn Målgrupper: Målgrupperna måste väljas ur listan.", output, StringComparison.Ordinal);
        Assert.Contains("Rad 10, kolumn Namn: Texten börjar med = och ser ut som en formel från kalkylbladet.", output, StringComparison.Ordinal);
        Assert.Contains("Rad 11, kolumn Insatsägare: Ange en enda insatsägare", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Rad 2,", output, StringComparison.Ordinal);
        Assert.Equal([existing], (await InterventionsAsync(association.Id)).Select(i => i.Name));
    }

    [Fact]
    public async Task A_dry_run_of_a_good_file_reports_what_it_would_do_and_stores_nothing()
    {
        var association = await app.Host.CreateAssociationAsync();

        var (code, output) = await ImportAsync(association.Code, Sheet("xlsx", Row("Provinsats")), "xlsx", "--dry-run");

        Assert.True(code == 0, output);
        Assert.Contains("Provkörning utan fel: 1 insatser skulle läsas in", output, StringComparison.Ordinal);
        Assert.Empty(await InterventionsAsync(association.Id));
    }

    [Fact]
    public async Task The_example_file_in_the_docs_imports_into_an_association_like_Finnveden()
    {
        var association = await app.Host.CreateAssociationAsync(municipalities: ["0683", "0662", "0617"]);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Samordna.slnx")))
        {
            dir = dir.Parent;
        }

        var example = await File.ReadAllBytesAsync(Path.Combine(dir.FullName, "docs", "examples", "insatser-import.csv"));

        var (code, output) = await ImportAsync(association.Id.ToString(), example, "csv");

        Assert.True(code == 0, output);
        Assert.Equal(
            [("Arbetsträning i Värnamo (exempel)", InterventionState.Active), ("Kompetensdagar om beroende (exempel)", InterventionState.Closed), ("Vägledning för unga (exempel)", InterventionState.Decided)],
            (await InterventionsAsync(association.Id)).Select(i => (i.Name, i.State)).Order());
    }

    [Theory]
    [InlineData("pdf", "Filen har ingen av insatsimportens kolumner")]
    [InlineData("docx", "Filen kunde inte läsas som en Excel-arbetsbok (.xlsx).")]
    [InlineData("oversized", "Filen är för stor: den får vara högst 20 MB.")]
    public async Task A_file_that_is_not_an_interventions_table_or_is_too_large_is_refused_and_nothing_is_stored(string content, string message)
    {
        var association = await app.Host.CreateAssociationAsync();
        var bytes = content switch
        {
            "pdf" => DocumentTests.Pdf,
            "docx" => DocumentTests.Docx(),
            _ => Oversized(),
        };

        var (code, output) = await ImportAsync(association.Id.ToString(), bytes, "xlsx");

        Assert.True(code == 1 && output.Contains(message, StringComparison.Ordinal), output);
        Assert.Empty(await InterventionsAsync(association.Id));
    }

    [Fact]
    public async Task Without_an_association_or_with_an_unknown_one_the_command_refuses()
    {
        using var output = new StringWriter();
        Assert.Equal(2, await OperatorCli.RunAsync(app.Host.Services, "import-interventions", ["--file", "x.csv"], output));
        var (code, text) = await ImportAsync("Ankeborgs samordningsförbund", Sheet("csv", Row("Ingenstans")), "csv");
        Assert.Equal(1, code);
        Assert.Contains("Inget förbund heter eller har id, kod eller organisationsnummer \"Ankeborgs samordningsförbund\".", text, StringComparison.Ordinal);
    }

    /// <summary>One byte over the configured limit (Files:MaxBytes, 20 MB in the test host).</summary>
    private static byte[] Oversized()
    {
        var bytes = new byte[(20 * 1024 * 1024) + 1];
        Encoding.UTF8.GetBytes(string.Join(';', Header) + "\n").CopyTo(bytes, 0);
        return bytes;
    }
}
