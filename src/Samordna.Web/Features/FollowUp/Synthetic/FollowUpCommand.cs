using System.Diagnostics;
using Samordna.Web.Infrastructure.Cli;

namespace Samordna.Web.Features.FollowUp.Synthetic;

/// <summary>
/// <c>follow-up generate --participations 1000000 --associations 70 --years 3 --seed 1 [--until 2026-12-01] [--force]</c>:
/// adds a synthetic national data set (<see cref="SyntheticNationalData"/>) to the configured database. Refused in
/// production, and on a database that holds real associations (neither demo nor synthetic) unless <c>--force</c>.
/// </summary>
public sealed class FollowUpCommand(IHostEnvironment environment) : IOperatorCommand
{
    public string Name => "follow-up";

    public string Summary => "Skapar syntetiska förbund med insatser och deltagarposter för demo, test och prestandamätning. Vägras i produktion.";

    public string Usage => "follow-up generate [--participations 1000000] [--associations 70] [--years 3] [--seed 1] [--until ÅÅÅÅ-MM-DD] [--force]";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        if (args.Positional is not ["generate"])
        {
            await output.WriteLineAsync($"Användning: {Usage}");
            return 2;
        }

        if (DatabaseSetup.IsProductionLike(environment))
        {
            await output.WriteLineAsync("Syntetiska data får inte skapas i produktion (ASPNETCORE_ENVIRONMENT är inte Development).");
            return 1;
        }

        if (Number(args, "participations", 1_000_000, 1, 10_000_000) is not { } participations
            || Number(args, "associations", 70, 1, 999) is not { } associations
            || Number(args, "years", 3, 1, 20) is not { } years
            || Number(args, "seed", 1, 0, int.MaxValue) is not { } seed)
        {
            await output.WriteLineAsync("--participations ska vara 1–10 000 000, --associations 1–999, --years 1–20 och --seed ett heltal från 0.");
            return 2;
        }

        using var scope = services.CreateScope();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var until = SwedishCulture.Today(clock).AddDays(-1);
        if (args.Option("until") is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out until))
        {
            await output.WriteLineAsync("--until ska vara ett datum, ÅÅÅÅ-MM-DD.");
            return 2;
        }

        var generator = scope.ServiceProvider.GetRequiredService<SyntheticNationalData>();
        if (generator.MissingCodes() is { Count: > 0 } missing)
        {
            await output.WriteLineAsync("Uppföljningens kodlistor saknar koder som generatorn använder: " + string.Join(", ", missing) + ".");
            return 1;
        }

        if (!args.Flag("force") && await generator.RealAssociationsAsync(ct) is > 0 and var real)
        {
            await output.WriteLineAsync($"Databasen har {SwedishCulture.Count(real, "verkligt förbund", "verkliga förbund")} (varken demo eller syntetiska). Syntetiska data blandas inte med verkliga utan --force.");
            return 1;
        }

        await output.WriteLineAsync($"Skapar {SwedishCulture.Number(participations)} syntetiska deltagarposter i {SwedishCulture.Count(associations, "förbund", "förbund")}, {years} år till och med {until:yyyy-MM-dd}, frö {seed} …");
        var watch = Stopwatch.StartNew();
        var result = await generator.GenerateAsync(new SyntheticRequest(participations, associations, years, seed, until), line => output.WriteLineAsync(line), ct);
        var seconds = watch.Elapsed.TotalSeconds;
        await output.WriteLineAsync(
            $"Klart: {SwedishCulture.Number(result.Participations)} deltagarposter och {SwedishCulture.Number(result.Incomes)} försörjningskällor i {SwedishCulture.Count(result.Interventions, "insats", "insatser")} och {SwedishCulture.Count(result.Associations.Count, "syntetiskt förbund", "syntetiska förbund")} på {SwedishCulture.Number((decimal)seconds, 1)} s ({SwedishCulture.Number((long)(result.Participations / Math.Max(seconds, 0.001)))} poster/s).");
        return 0;
    }

    private static int? Number(CliArguments args, string name, int fallback, int min, int max)
    {
        var text = args.Option(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
    }
}
