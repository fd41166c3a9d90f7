using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.Web.Data;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Reports;

namespace Samordna.Benchmarks;

/// <summary>
/// <c>--phases [association code]</c>: where the report's time goes (each read of FollowUpFigures, then the whole
/// report), a few runs each, for profiling by hand; not a benchmark.
/// </summary>
internal static class FollowUpPhases
{
    public static async Task RunAsync(string? code)
    {
        await using var app = FollowUpBenchHost.Build();
        Guid? association = null;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (code is not null)
            {
                association = (await db.Set<Samordna.Web.Features.Registry.Data.Association>().SingleAsync(a => a.Code == code)).Id;
            }
        }

        var filter = new FollowUpFilter(association, null, 2025);
        for (var run = 0; run < 4; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var figures = scope.ServiceProvider.GetRequiredService<FollowUpFigures>();
            var watch = Stopwatch.StartNew();
            var p = await figures.ParticipantsAsync(filter, CancellationToken.None);
            var t1 = watch.Elapsed.TotalMilliseconds;
            var l = await figures.LeaversAsync(filter, CancellationToken.None);
            var t2 = watch.Elapsed.TotalMilliseconds;
            var i = await figures.LeaverIncomesAsync(filter, CancellationToken.None);
            var t3 = watch.Elapsed.TotalMilliseconds;
            await scope.ServiceProvider.GetRequiredService<FollowUpReport>().BuildAsync(filter, CancellationToken.None);
            var t4 = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"participants {t1:F0} ms ({p.Count} rows), leavers {t2 - t1:F0} ms ({l.Count}), incomes {t3 - t2:F0} ms ({i.Count}), whole report {t4 - t3:F0} ms");
        }
    }
}
