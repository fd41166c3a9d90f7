using System.Data.Common;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.Web.Data;
using Samordna.Web.Features;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Reports;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Benchmarks;

/// <summary>
/// The follow-up report on a generated national data set (bench/follow-up.sh makes it with <c>follow-up generate</c>),
/// each beside its baseline in the same run: the same grouped SELECTs written as plain SQL and read with ADO.NET (the
/// report's floor), and for the import the bare read of the same XLSX with the project's reader.
/// The database comes from the app's normal configuration (<c>Database__Provider</c>, <c>Database__ConnectionString</c>
/// or <c>Database__SqlitePath</c>); <c>SAMORDNA_BENCH_YEAR</c> is the report's year and <c>SAMORDNA_BENCH_ASSOCIATION</c>
/// the association code of the dashboard (default: the synthetic association with the most records).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FollowUpBenchmarks
{
    private const string Scope = "(p.\"ExitReason\" IS NULL OR p.\"ExitReason\" <> 'felregistrering')";

    private WebApplication _app = null!;
    private int _year;
    private Guid _association;
    private bool _postgres;

    [GlobalSetup]
    public void Setup()
    {
        _app = FollowUpBenchHost.Build();
        _year = int.Parse(Environment.GetEnvironmentVariable("SAMORDNA_BENCH_YEAR") ?? "2025", System.Globalization.CultureInfo.InvariantCulture);

        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        _postgres = db.Database.IsNpgsql();
        var code = Environment.GetEnvironmentVariable("SAMORDNA_BENCH_ASSOCIATION");
        var counts = db.Set<Participation>().GroupBy(p => p.AssociationId).Select(g => new { Id = g.Key, Count = g.Count() }).ToList();
        var codes = db.Set<Association>().ToDictionary(a => a.Id, a => a.Code);
        var chosen = code is null ? counts.OrderByDescending(c => c.Count).First() : counts.Single(c => codes[c.Id] == code);
        _association = chosen.Id;
        Console.WriteLine($"// {counts.Sum(c => c.Count)} records; dashboard association {codes[_association]} with {chosen.Count} records; year {_year}; {(_postgres ? "PostgreSQL" : "SQLite")}");
    }

    [GlobalCleanup]
    public void Cleanup() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "national: bare SQL (3 grouped SELECTs, ADO.NET)")]
    [BenchmarkCategory("national")]
    public Task<int> NationalBareSql() => BareSqlAsync(null);

    [Benchmark(Description = "national: FollowUpReport")]
    [BenchmarkCategory("national")]
    public Task<int> NationalReport() => ReportAsync(null);

    [Benchmark(Baseline = true, Description = "association: bare SQL (3 grouped SELECTs, ADO.NET)")]
    [BenchmarkCategory("association")]
    public Task<int> AssociationBareSql() => BareSqlAsync(_association);

    [Benchmark(Description = "association: FollowUpReport (/uppfoljning)")]
    [BenchmarkCategory("association")]
    public Task<int> AssociationReport() => ReportAsync(_association);

    private async Task<int> ReportAsync(Guid? association)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<FollowUpReport>().BuildAsync(new FollowUpFilter(association, null, _year), CancellationToken.None);
        return report.Tables.Count;
    }

    /// <summary>FollowUpFigures' three grouped reads as plain SQL: every row read, nothing built from them.</summary>
    private async Task<int> BareSqlAsync(Guid? association)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        // As FollowUpFigures: the country's reads grouped by association, an association's by intervention too.
        var where = association is null ? string.Empty : " AND p.\"AssociationId\" = @a";
        var by = association is null ? "p.\"AssociationId\"" : "p.\"AssociationId\", p.\"InterventionId\"";
        string[] sql =
        [
            $"SELECT {by}, p.\"Sex\", p.\"BirthYear\", p.\"SupportTimeBefore\", p.\"EducationLevel\", COUNT(*) FROM followup_participation p WHERE {Scope} AND p.\"StartDate\" <= @last AND (p.\"EndDate\" IS NULL OR p.\"EndDate\" >= @first){where} GROUP BY {by}, p.\"Sex\", p.\"BirthYear\", p.\"SupportTimeBefore\", p.\"EducationLevel\"",
            $"SELECT {by}, p.\"Sex\", p.\"StartOccupation\", p.\"EndOccupation\", p.\"ExitReason\", COUNT(*) FROM followup_participation p WHERE {Scope} AND p.\"EndDate\" IS NOT NULL AND p.\"EndDate\" >= @first AND p.\"EndDate\" <= @last{where} GROUP BY {by}, p.\"Sex\", p.\"StartOccupation\", p.\"EndOccupation\", p.\"ExitReason\"",
            $"SELECT {by}, i.\"Phase\", i.\"Code\", p.\"Sex\", COUNT(*) FROM followup_participation p JOIN followup_participation_income i ON p.\"Id\" = i.\"ParticipationId\" WHERE {Scope} AND p.\"EndDate\" IS NOT NULL AND p.\"EndDate\" >= @first AND p.\"EndDate\" <= @last{where} GROUP BY {by}, i.\"Phase\", i.\"Code\", p.\"Sex\"",
        ];
        var rows = 0;
        foreach (var text in sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = text;
            Add(command, "first", _postgres ? new DateOnly(_year, 1, 1) : $"{_year}-01-01");
            Add(command, "last", _postgres ? new DateOnly(_year, 12, 31) : $"{_year}-12-31");
            if (association is { } a)
            {
                Add(command, "a", _postgres ? a : a.ToString().ToUpperInvariant());
            }

            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    _ = reader.GetValue(c);
                }

                rows++;
            }
        }

        return rows;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>The app's services on the configured database, as the web start builds them, without a server or the scheduler.</summary>
internal static class FollowUpBenchHost
{
    public static WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["Jobs:Enabled"] = "false";
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";

        // An Excel file of 100 000 participants has 100 001 rows with its heading: above the default Files:MaxRows.
        builder.Configuration["Files:MaxRows"] = "200000";
        builder.Configuration["Files:MaxUnpackedBytes"] = (512L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Configuration["Files:MaxBytes"] = (128L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.AddSamordnaPlatform();
        builder.AddSamordnaFeatureAreas();
        return builder.Build();
    }
}
