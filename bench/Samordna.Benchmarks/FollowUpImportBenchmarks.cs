using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Samordna.Web.Data;
using Samordna.Web.Features.FollowUp;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.ImportParticipations;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Infrastructure.Files;

namespace Samordna.Benchmarks;

/// <summary>
/// The participant officer's monthly file at its largest: 100 000 new participants (a fifth of them ended) from Excel
/// into a new intervention of the association with the most records, beside the bare read of the same XLSX with the
/// project's one reader (<see cref="TabularFile.Read"/>, every cell touched). Every iteration imports into an
/// intervention of its own, made in the iteration's setup (not timed).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FollowUpImportBenchmarks
{
    public const int Rows = 100_000;

    private WebApplication _app = null!;
    private byte[] _xlsx = null!;
    private Guid _association;
    private Guid _owner;
    private Guid _intervention;

    [GlobalSetup]
    public void Setup()
    {
        _app = FollowUpBenchHost.Build();
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var largest = db.Set<Participation>().GroupBy(p => p.InterventionId).Select(g => new { Id = g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).First();
        var intervention = db.Set<Intervention>().Single(i => i.Id == largest.Id);
        _association = intervention.AssociationId;
        _owner = intervention.OwnerOrganisationId;

        var random = new Random(10);
        var rows = new List<IReadOnlyList<object?>>(Rows);
        for (var n = 0; n < Rows; n++)
        {
            var start = new DateOnly(2026, 1, 1).AddDays(random.Next(300));
            var ended = random.Next(5) == 0;
            rows.Add([
                null, random.Next(100) < 55 ? "Kvinna" : "Man", start.Year - random.Next(20, 60), start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                random.Next(2) == 0 ? "ovrigt" : "arbetssokande", random.Next(2) == 0 ? "ekonomiskt-bistand" : "sjukpenning", "1-2", "gymnasium",
                ended ? start.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null, ended ? "enligt-plan" : null,
                ended ? "arbete" : null, ended ? "lon" : null,
            ]);
        }

        _xlsx = TabularFile.WriteXlsx("Deltagare", ParticipationColumns.Template, rows);
        Console.WriteLine($"// XLSX of {Rows} participants: {_xlsx.Length / 1024} KiB; association {_association}");
    }

    [GlobalCleanup]
    public void Cleanup() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    // For both benchmarks (the bare read does not need it), so both run one invocation per iteration and BenchmarkDotNet
    // gives their ratio.
    [IterationSetup]
    public void NewIntervention()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var template = db.Set<Intervention>().AsNoTracking().First(i => i.AssociationId == _association && i.OwnerOrganisationId == _owner);
        var intervention = new Intervention
        {
            AssociationId = _association, Name = $"Importmätning {Guid.NewGuid():N}", Description = template.Description, Orientation = Orientation.Individual,
            PreciseOrientation = template.PreciseOrientation, FollowUpMethod = FollowUpMethod.ParticipantRecords, OwnerOrganisationId = _owner,
            StartDate = template.StartDate, EndDate = template.EndDate, AgeFrom = template.AgeFrom, AgeTo = template.AgeTo, PublicContact = template.PublicContact,
            State = InterventionState.Active, AgreementSignedOn = template.AgreementSignedOn, IsDemo = true,
        };
        intervention.Parties.Add(new InterventionParty { AssociationId = _association, InterventionId = intervention.Id, OrganisationId = _owner });
        db.Add(intervention);
        db.SaveChanges();
        _intervention = intervention.Id;
    }

    [Benchmark(Baseline = true, Description = "import: bare XLSX read (TabularFile.Read, every cell)")]
    [BenchmarkCategory("import")]
    public int BareRead()
    {
        var limits = _app.Services.GetRequiredService<IOptions<FileLimits>>().Value;
        var table = TabularFile.Read(_xlsx, "deltagare.xlsx", limits);
        var cells = 0;
        foreach (var row in table.Rows)
        {
            foreach (var field in row.Fields)
            {
                cells += field.Length > 0 ? 1 : 0;
            }
        }

        return cells;
    }

    [Benchmark(Description = "import: 100 000 rows (ImportParticipationsHandler)")]
    [BenchmarkCategory("import")]
    public async Task<int> Import()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<ImportParticipationsHandler>();
        var actor = new FollowUpActor(null, "Prestandamätning", new HashSet<Guid> { _owner }, false);
        var outcome = await handler.HandleAsync(_association, _intervention, actor, new MemoryStream(_xlsx, writable: false), "deltagare.xlsx", dryRun: false, CancellationToken.None);
        if (!outcome.Applied)
        {
            throw new InvalidOperationException("The import was refused: " + string.Join(" ", outcome.Errors.Take(3).Select(e => e.ToString())));
        }

        return outcome.Created;
    }
}
