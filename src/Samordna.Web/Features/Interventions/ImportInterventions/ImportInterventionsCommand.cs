using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Cli;

namespace Samordna.Web.Features.Interventions.ImportInterventions;

/// <summary>
/// <c>import-interventions --association &lt;förbund&gt; --file FILE.xlsx|.csv [--dry-run]</c>: an association's existing
/// interventions from a spreadsheet, all or nothing (<see cref="ImportInterventionsHandler"/>). Audited as made by
/// "kommandorad: import-interventions".
/// </summary>
public sealed class ImportInterventionsCommand : IOperatorCommand
{
    public string Name => "import-interventions";

    public string Summary => "Läser in ett förbunds befintliga insatser från en CSV- eller Excelfil (allt eller inget; varje felaktig rad redovisas).";

    public string Usage => "import-interventions --association <id, organisationsnummer, kod eller namn> --file <fil.xlsx|fil.csv> [--dry-run]";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        var path = args.Option("file");
        var which = args.Option("association");
        if (string.IsNullOrWhiteSpace(path) || string.IsNullOrWhiteSpace(which) || which == "true" || path == "true")
        {
            await output.WriteLineAsync("Användning: " + Usage);
            return 2;
        }

        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"Filen {path} finns inte.");
            return 1;
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var associations = await db.Set<Association>().AsNoTracking().ToListAsync(ct);
        var digits = new string(which.Where(char.IsAsciiDigit).ToArray());
        var matches = associations.Where(a => (Guid.TryParse(which, out var id) && a.Id == id)
            || (digits.Length == 10 && new string(a.OrganisationNumber.Where(char.IsAsciiDigit).ToArray()) == digits)
            || string.Equals(a.Code, which.Trim(), StringComparison.OrdinalIgnoreCase)
            || StringComparer.Create(SwedishCulture.Instance, ignoreCase: true).Equals(a.Name, which.Trim())).ToList();
        if (matches.Count != 1)
        {
            await output.WriteLineAsync(matches.Count == 0 ? $"Inget förbund heter eller har id, kod eller organisationsnummer \"{which}\"." : $"\"{which}\" passar in på flera förbund; ange id eller organisationsnummer.");
            return 1;
        }

        var association = matches[0];
        var dryRun = args.Flag("dry-run");
        ImportInterventionsOutcome outcome;
        await using (var file = File.OpenRead(path))
        {
            outcome = await scope.ServiceProvider.GetRequiredService<ImportInterventionsHandler>().HandleAsync(association.Id, file, path, dryRun, ct);
        }

        if (!outcome.IsValid)
        {
            await output.WriteLineAsync($"Filen har {outcome.Errors.Count} fel och har inte importerats. Inga insatser har sparats.");
            foreach (var error in outcome.Errors)
            {
                await output.WriteLineAsync("  " + error);
            }

            return 1;
        }

        await output.WriteLineAsync(dryRun
            ? $"Provkörning utan fel: {outcome.Rows} insatser skulle läsas in i {association.Name}. Inget är sparat."
            : $"{outcome.Rows} insatser är inlästa i {association.Name}.");
        return 0;
    }
}
