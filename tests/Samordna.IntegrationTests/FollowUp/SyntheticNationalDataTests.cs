using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Data;
using Samordna.Web.Domain;
using Samordna.Web.Features.FollowUp;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Reports;
using Samordna.Web.Features.FollowUp.Synthetic;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Cli;

namespace Samordna.IntegrationTests.FollowUp;

/// <summary>A database of its own: the country's report then holds the synthetic associations and nothing else.</summary>
public sealed class SyntheticDataFixture : HostFixture;

/// <summary>
/// <c>follow-up generate</c>, run in-process as the executable runs it, on a small set: the counts asked for, codes
/// unique per association, the distributions roughly as meant, the same figures from the same seed on another
/// database, and a database with real associations refused without <c>--force</c>.
/// </summary>
public sealed class SyntheticNationalDataTests(SyntheticDataFixture fixture) : IClassFixture<SyntheticDataFixture>
{
    private static readonly string[] Small = ["generate", "--participations", "300", "--associations", "2", "--years", "3", "--seed", "1", "--until", "2026-06-30"];

    private static async Task<(int Code, string Output)> GenerateAsync(SamordnaTestHost host, params string[] args)
    {
        using var output = new StringWriter();
        var code = await OperatorCli.RunAsync(host.Services, "follow-up", args, output);
        return (code, output.ToString());
    }

    /// <summary>Every figure of the country's report of a year, as shown (hidden ones as their symbols).</summary>
    private static async Task<List<string>> NationalFiguresAsync(SamordnaTestHost host, int year)
    {
        using var scope = host.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<FollowUpReport>().BuildAsync(new FollowUpFilter(null, null, year), CancellationToken.None);
        var figures = new List<string> { $"deltagare {report.Participants.ToDisplay()}", $"avslutade {report.Leavers.ToDisplay()}" };
        foreach (var table in report.Tables)
        {
            for (var r = 0; r < table.Table.RowCount; r++)
            {
                for (var c = 0; c < table.Table.ColumnCount; c++)
                {
                    figures.Add($"{table.Key} {table.Table.RowLabels[r]} {table.Table.ColumnLabels[c]} {table.Table.Cell(r, c).ToDisplay()}");
                }
            }
        }

        figures.AddRange(report.Indicators.Select(i => $"{i.Name} {i.Share.ToDisplay()}"));
        return figures;
    }

    [Fact]
    public async Task A_small_set_has_the_counts_asked_for_unique_codes_plausible_distributions_and_the_same_figures_from_the_same_seed()
    {
        var (code, output) = await GenerateAsync(fixture.Host, Small);
        Assert.True(code == 0, output);

        using (var scope = fixture.Host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var associations = await db.Set<Association>().Where(a => a.Code.StartsWith(SyntheticNationalData.CodePrefix)).OrderBy(a => a.Code).ToListAsync();
            Assert.Equal(["Syntetiskt förbund 01", "Syntetiskt förbund 02"], associations.Select(a => a.Name));
            Assert.All(associations, a => Assert.True(a.IsDemo));
            Assert.All(associations, a => Assert.True(Luhn.IsValid(a.OrganisationNumber), a.OrganisationNumber));
            Assert.All(await db.Set<Intervention>().ToListAsync(), i => Assert.Equal(FollowUpMethod.ParticipantRecords, i.FollowUpMethod));

            var records = await db.Set<Participation>().AsNoTracking().Include(p => p.Incomes).ToListAsync();
            Assert.Equal(300, records.Count);
            Assert.Equal([150, 150], records.GroupBy(p => p.AssociationId).Select(g => g.Count()));
            Assert.All(records, p => Assert.True(ParticipationCode.IsWellFormed(p.Code), p.Code));
            Assert.All(records.GroupBy(p => p.AssociationId), g => Assert.Equal(g.Count(), g.Select(p => p.Code).Distinct(StringComparer.Ordinal).Count()));

            // Loosely: about 55 % women, ages 16–64 mostly 25–45, durations a month to two years, about 60 % of leavers to work, studies or job-seeking.
            Assert.InRange(records.Count(p => p.Sex == Sex.Female) / 300.0, 0.45, 0.65);
            Assert.All(records, p => Assert.InRange(p.StartDate.Year - p.BirthYear, 16, 64));
            Assert.InRange(records.Count(p => p.StartDate.Year - p.BirthYear is >= 25 and <= 45) / 300.0, 0.55, 0.9);
            Assert.All(records, p => Assert.InRange(p.StartDate, new DateOnly(2024, 1, 1), new DateOnly(2026, 6, 30)));
            var leavers = records.Where(p => p.EndDate is not null).ToList();
            Assert.InRange(leavers.Count, 150, 290);
            Assert.All(leavers, p => Assert.InRange(p.EndDate!.Value.DayNumber - p.StartDate.DayNumber, 30, 730));
            Assert.All(leavers, p => Assert.True(p.EndOccupation is not null && p.ExitReason is not null && p.Incomes.Any(i => i.Phase == ParticipationPhase.End)));
            Assert.All(records.Where(p => p.EndDate is null), p => Assert.True(p.EndOccupation is null && p.ExitReason is null && p.Incomes.All(i => i.Phase == ParticipationPhase.Start)));
            Assert.InRange(leavers.Count(p => p.EndOccupation != "ovrigt") / (double)leavers.Count, 0.45, 0.75);
            var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<FollowUpOptions>>().Value;
            Assert.All(leavers, p => Assert.Contains(p.ExitReason, options.ExitReasons.Select(r => r.Code)));
            Assert.All(records.SelectMany(p => p.Incomes), i => Assert.Contains(i.Code, options.IncomeSources.Select(s => s.Code)));
        }

        // The report reads the generated rows as EF wrote them (the bulk writer uses the model's columns and conversions).
        var figures = await NationalFiguresAsync(fixture.Host, 2025);
        Assert.DoesNotContain("deltagare <5", figures);

        // The same seed on another empty database: the same figures.
        using var database = TestDatabase.Create(fixture.Database.Provider);
        await using (var other = new SamordnaTestHost(database))
        {
            var again = await GenerateAsync(other, Small);
            Assert.True(again.Code == 0, again.Output);
            Assert.Equal(figures, await NationalFiguresAsync(other, 2025));
            Assert.Equal(await NationalFiguresAsync(fixture.Host, 2024), await NationalFiguresAsync(other, 2024));
        }

        // Another seed gives other figures, in associations numbered after the first ones.
        var more = await GenerateAsync(fixture.Host, [.. Small[..^3], "2", "--until", "2026-06-30"]);
        Assert.True(more.Code == 0 && more.Output.Contains("Syntetiskt förbund 03", StringComparison.Ordinal), more.Output);
        Assert.NotEqual(figures, await NationalFiguresAsync(fixture.Host, 2025));
    }

    [Fact]
    public async Task A_database_with_real_associations_is_refused_without_force_and_wrong_usage_is_refused()
    {
        using var database = TestDatabase.Create(fixture.Database.Provider);
        await using var host = new SamordnaTestHost(database);
        await host.CreateAssociationAsync();

        var (code, output) = await GenerateAsync(host, Small);
        Assert.True(code == 1 && output.Contains("--force", StringComparison.Ordinal), output);
        using (var scope = host.Services.CreateScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Participation>().CountAsync());
        }

        Assert.Equal(2, (await GenerateAsync(host, "make")).Code);
        Assert.Equal(2, (await GenerateAsync(host, "generate", "--participations", "many")).Code);
        var forced = await GenerateAsync(host, [.. Small, "--force"]);
        Assert.True(forced.Code == 0, forced.Output);
    }
}
