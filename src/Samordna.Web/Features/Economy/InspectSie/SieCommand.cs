using Samordna.Web.Features.Economy.Sie;
using Samordna.Web.Infrastructure.Cli;

namespace Samordna.Web.Features.Economy.InspectSie;

/// <summary>
/// <c>sie inspect FILE [--encoding auto|cp437|utf-8|latin9] [--accept-unbalanced] [--json]</c>: reads a SIE 4 file and
/// prints what the reader understood (<see cref="SieInspection"/>), as JSON or as a short Swedish summary. Touches no
/// database. Exit codes: 0 the file can be imported, 1 it has errors, 2 wrong usage or no such file.
/// For the benchmark, <c>--lines-only</c> only reads and decodes the lines through the same stream setup and prints
/// their count.
/// </summary>
public sealed class SieCommand : IOperatorCommand
{
    public string Name => "sie";

    public string Summary => "Visar vad som står i en SIE-fil (typ 1–4) innan den läses in: år, konton, saldon, verifikationer, kontrollsumma, fel och varningar.";

    public string Usage => "sie inspect <fil.se|fil.si> [--encoding auto|cp437|utf-8|latin9] [--accept-unbalanced] [--json]\n"
                           + "       sie import <fil.se|fil.si> --association <förbundets kod> [--dry-run] [--encoding …] [--accept-unbalanced] [--replace-balances]";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        if (args.Positional.Count != 2 || args.Positional[0] is not ("inspect" or "import"))
        {
            await output.WriteLineAsync($"Användning: {Usage}");
            return 2;
        }

        if (!SieText.TryParseName(args.Option("encoding"), out var encoding))
        {
            await output.WriteLineAsync($"Okänd teckenkodning \"{args.Option("encoding")}\"; välj auto, cp437, utf-8 eller latin9.");
            return 2;
        }

        var path = args.Positional[1];
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"Filen {path} finns inte.");
            return 2;
        }

        await using var stream = File.OpenRead(path);
        if (args.Positional[0] == "import")
        {
            return await ImportAsync(services, args, stream, path, encoding, output, ct);
        }

        if (args.Flag("lines-only"))
        {
            await output.WriteLineAsync($"{SieReader.CountLines(stream, encoding)} rader");
            return 0;
        }

        var file = SieReader.Read(stream, new SieReaderOptions
        {
            Encoding = encoding,
            AcceptUnbalancedVouchers = args.Flag("accept-unbalanced"),
            KeepVouchers = false,
        });
        var inspection = SieInspection.From(file);
        await output.WriteLineAsync(args.Flag("json") ? inspection.ToJson() : Describe(inspection, path));
        return file.CanImport ? 0 : 1;
    }

    /// <summary>Reads the file into an association's books (the same use case as the page and the API); exit 1 on errors.</summary>
    private static async Task<int> ImportAsync(IServiceProvider services, CliArguments args, Stream stream, string path, SieEncoding encoding, TextWriter output, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var code = args.Option("association");
        var association = code is null ? null : await db.Set<Registry.Data.Association>().AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, ct);
        if (association is null)
        {
            await output.WriteLineAsync(code is null ? "Ange förbundet med --association <kod>." : $"Det finns inget förbund med koden {code}.");
            return 2;
        }

        var outcome = await scope.ServiceProvider.GetRequiredService<Actuals.ImportLedgerHandler>()
            .ImportAsync(association.Id, stream, Path.GetFileName(path), args.Flag("dry-run"), args.Flag("accept-unbalanced"), ct, encoding, args.Flag("replace-balances"));
        foreach (var e in outcome.Errors)
        {
            await output.WriteLineAsync("Fel: " + e.Message);
        }

        foreach (var w in outcome.Warnings)
        {
            await output.WriteLineAsync("Varning: " + w.Message);
        }

        if (outcome.Errors.Count > 0)
        {
            await output.WriteLineAsync("Filen har fel och har inte lästs in. Ingenting har sparats.");
            return 1;
        }

        await output.WriteLineAsync(
            $"{association.Name}, räkenskapsår {SwedishCulture.Date(outcome.Start!.Value)}–{SwedishCulture.Date(outcome.End!.Value)}: "
            + $"{SwedishCulture.Count(outcome.Vouchers, "verifikation", "verifikationer")} med {SwedishCulture.Count(outcome.Transactions, "rad", "rader")}"
            + (outcome.Saved ? (outcome.Replaces ? " inlästa; året ersattes." : " inlästa.") : " (provkörning, ingenting sparat)."));
        if (outcome.UnmappedAccounts.Count > 0)
        {
            await output.WriteLineAsync($"Inte kopplade till budgetens slag: {string.Join(", ", outcome.UnmappedAccounts)}.");
        }

        return 0;
    }

    private static string Describe(SieInspection i, string path)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: SIE typ {i.SieType}, läst som {i.Encoding}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Program: {i.Program ?? "–"}. Företag: {i.CompanyName ?? "–"} ({(string.IsNullOrEmpty(i.OrgNo) ? "inget organisationsnummer" : i.OrgNo)}).");
        foreach (var y in i.Years)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Räkenskapsår {y.Index}: {y.Start ?? "–"} till {y.End ?? "–"}.");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"{SwedishCulture.Count(i.AccountCount, "konto", "konton")}, {SwedishCulture.Count(i.Balances.Count, "konto", "konton")} med saldo för år 0, "
            + $"{SwedishCulture.Count(i.VoucherCount, "verifikation", "verifikationer")} med {SwedishCulture.Count(i.TransactionCount, "transaktionsrad", "transaktionsrader")}.");
        text.AppendLine("Kontrollsumma: " + i.Checksum switch
        {
            "valid" => "stämmer.",
            "invalid" => "stämmer inte.",
            "truncated" => "den avslutande saknas (filen är avkortad).",
            _ => "finns inte (tillåtet).",
        });
        foreach (var (heading, problems) in new[] { ("Fel", i.Errors), ("Varningar", i.Warnings) })
        {
            if (problems.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{heading} ({problems.Count}):");
                foreach (var p in problems)
                {
                    text.AppendLine("  " + p.Message);
                }
            }
        }

        text.Append(i.Errors.Count == 0 ? "Filen kan läsas in." : "Filen har fel och kan inte läsas in.");
        return text.ToString();
    }
}
