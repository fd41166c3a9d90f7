using Samordna.Web.Features.Registry.ExportRegister;
using Samordna.Web.Features.Registry.ImportRegister;
using Samordna.Web.Infrastructure.Cli;

namespace Samordna.Web.Features.Registry;

/// <summary>
/// <c>registry export --format csv|xlsx --out FILE</c> and <c>registry import FILE [--dry-run]</c>: the same export and
/// all-or-nothing import as the page and the API. Changes are audited as made by "kommandorad: registry".
/// </summary>
public sealed class RegistryCommand : IOperatorCommand
{
    public string Name => "registry";

    public string Summary => "Exporterar hela registret till CSV eller Excel, eller importerar en sådan fil (allt eller inget).";

    public string Usage => "registry export --format csv|xlsx --out <fil>  |  registry import <fil> [--dry-run]";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        var sub = args.Positional.Count > 0 ? args.Positional[0] : null;
        using var scope = services.CreateScope();
        switch (sub)
        {
            case "export":
                return await ExportAsync(scope.ServiceProvider, args, output, ct);
            case "import" when args.Positional.Count > 1:
                return await ImportAsync(scope.ServiceProvider, args.Positional[1], args.Flag("dry-run"), output, ct);
            default:
                await output.WriteLineAsync("Användning: " + Usage);
                return 2;
        }
    }

    private static async Task<int> ExportAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        var path = args.Option("out");
        var format = ExportRegisterHandler.ParseFormat(args.Option("format"));
        if (string.IsNullOrWhiteSpace(path) || format is null)
        {
            await output.WriteLineAsync("Ange --format csv eller xlsx och --out <fil>.");
            return 2;
        }

        var export = await services.GetRequiredService<ExportRegisterHandler>()
            .HandleAsync(format.Value, SwedishCulture.Today(services.GetRequiredService<TimeProvider>()), ct);
        await File.WriteAllBytesAsync(path, export.Content, ct);
        await output.WriteLineAsync($"Registret är exporterat till {path}: {export.Rows} medlemskap.");
        return 0;
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string path, bool dryRun, TextWriter output, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"Filen {path} finns inte.");
            return 1;
        }

        ImportRegisterOutcome outcome;
        await using (var file = File.OpenRead(path))
        {
            outcome = await services.GetRequiredService<ImportRegisterHandler>().HandleAsync(file, path, dryRun, ct);
        }

        if (!outcome.IsValid)
        {
            await output.WriteLineAsync($"Filen har {outcome.Errors.Count} fel och har inte importerats. Inget i registret har ändrats.");
            foreach (var error in outcome.Errors)
            {
                await output.WriteLineAsync("  " + error.Message);
            }

            return 1;
        }

        await output.WriteLineAsync(
            $"{(dryRun ? "Provkörning utan fel, inget är ändrat" : "Registret är importerat")}: {outcome.Rows} rader; "
            + $"{outcome.AssociationsCreated} nya, {outcome.AssociationsUpdated} ändrade och {outcome.AssociationsUnchanged} oförändrade förbund, "
            + $"{outcome.AssociationsNotInFile} förbund fanns inte i filen och lämnades orörda; "
            + $"{outcome.MembershipsAdded} nya, {outcome.MembershipsChanged} ändrade och {outcome.MembershipsRemoved} borttagna medlemskap.");
        return 0;
    }
}
