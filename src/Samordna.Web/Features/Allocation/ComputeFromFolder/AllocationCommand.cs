using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Allocation.Files;
using Samordna.Web.Infrastructure.Cli;

namespace Samordna.Web.Features.Allocation.ComputeFromFolder;

/// <summary>
/// <c>allocation compute &lt;folder&gt; [--out result.csv]</c>: reads parameters.csv, units.csv and associations.csv from a
/// folder (see docs/allocation-model.md §4), computes the allocation and writes the result CSV. Touches no database.
/// Exit codes: 0 done, 1 the files or the computation failed (every problem is printed), 2 wrong usage.
/// </summary>
public sealed class AllocationCommand : IOperatorCommand
{
    public string Name => "allocation";

    public string Summary => "Beräknar medelstilldelningen från en mapp med CSV-filer (parameters.csv, units.csv, associations.csv) och skriver resultatfilen.";

    public string Usage => "allocation compute <mapp> [--out resultat.csv]   (standard: <mapp>/result.csv)";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        if (args.Positional.Count != 2 || args.Positional[0] != "compute")
        {
            await output.WriteLineAsync($"Användning: {Usage}");
            return 2;
        }

        var folder = args.Positional[1];
        if (!Directory.Exists(folder))
        {
            await output.WriteLineAsync($"Mappen {folder} finns inte.");
            return 2;
        }

        var outPath = args.Option("out") is { Length: > 0 } o ? o : Path.Combine(folder, "result.csv");
        var read = AllocationInputReader.ReadFolder(folder, services.GetService<Microsoft.Extensions.Options.IOptions<Infrastructure.Files.FileLimits>>()?.Value);
        if (!read.IsSuccess)
        {
            await output.WriteLineAsync($"Filerna innehåller {read.Errors.Count} fel; inget är beräknat:");
            foreach (var e in read.Errors)
            {
                await output.WriteLineAsync("  " + e);
            }

            return 1;
        }

        var input = read.Value;
        Result<AllocationResult> outcome;
        try
        {
            outcome = AllocationEngine.Compute(input.Parameters, input.Associations);
        }
        catch (OverflowException)
        {
            // Every figure is bounded when it is read; this is the last line, so no English runtime text reaches the operator.
            await output.WriteLineAsync("Fördelningen går inte att göra: talen i filerna är för stora att räkna med. Kontrollera belopp och antal invånare.");
            return 1;
        }

        if (!outcome.IsSuccess)
        {
            await output.WriteLineAsync("Fördelningen går inte att göra:");
            foreach (var e in outcome.Errors)
            {
                await output.WriteLineAsync($"  {e.Code}: {e.Message}");
            }

            return 1;
        }

        var result = outcome.Value;
        AllocationResultCsv.WriteFile(outPath, result);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Fördelade {result.TotalAmount} på {result.Associations.Count} förbund {result.Parameters.Year} (λ = {result.Lambda.ToDecimalApproximation().ToString("0.######", SwedishCulture.Instance)}; golvet binder för {result.Associations.Count(a => a.Binding == BindingBound.Floor)}, taket för {result.Associations.Count(a => a.Binding == BindingBound.Ceiling)})."));
        await output.WriteLineAsync($"Resultatet är skrivet till {Path.GetFullPath(outPath)}.");
        return 0;
    }
}
