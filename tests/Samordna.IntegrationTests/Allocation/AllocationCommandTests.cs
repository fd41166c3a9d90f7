using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Features.Allocation.Files;
using Samordna.Web.Infrastructure.Audit;
using Samordna.Web.Infrastructure.Cli;

namespace Samordna.IntegrationTests.Allocation;

/// <summary>The operator command <c>allocation compute &lt;folder&gt; [--out file]</c>, run in-process through the app's command dispatcher.</summary>
[Collection(AppCollection.Name)]
public sealed class AllocationCommandTests(AppFixture app) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samordna-allocation-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);

        // The dispatcher names the running command for the audit log; the shared host is not a command line.
        app.Host.Services.GetRequiredService<OperatorContext>().Command = null;
    }

    private void WriteInputs(string units)
    {
        File.WriteAllText(Path.Combine(_folder, "parameters.csv"), "nyckel;värde\når;2026\nram;3 000 000\ngrundtilldelning;400 000\nmax_minskning;10 %\n");
        File.WriteAllText(Path.Combine(_folder, "units.csv"), units);
        File.WriteAllText(Path.Combine(_folder, "associations.csv"), """
            Kod;Namn;Område;Föregående tilldelning;Eget kapital;Skäligt eget kapital;Begärt belopp
            A;Alfa;0001 0002;1 500 000;1 000 000;;
            B;Beta;0003|0004;1 000 000;150 000;;
            C;Gamma;0005;1 000 000;;;
            """);
    }

    [Fact]
    public async Task Compute_writes_the_result_csv_with_the_hand_computed_amounts()
    {
        WriteInputs("""
            Kommunkod;Kommun;Försörjningsmått;Invånare 16-64
            0001;Ett;100;1 000
            0002;Två;300;3 000
            0003;Tre;150,5;1 500
            0004;Fyra;149,5;1 500
            0005;Fem;200;2 000
            """);
        var output = new StringWriter();
        var outFile = Path.Combine(_folder, "ut", "resultat.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(outFile)!);

        var exit = await OperatorCli.RunAsync(app.Host.Services, "allocation", ["compute", _folder, "--out", outFile], output);

        Assert.True(exit == 0, output.ToString());
        var rows = AllocationResultCsv.Read(await File.ReadAllBytesAsync(outFile));
        Assert.Equal([1_000_000L, 1_100_000L, 900_000L], rows.Select(r => r.Amount.WholeKronor));
        Assert.Contains("resultat.csv", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_rows_are_all_reported_and_no_result_is_written()
    {
        WriteInputs("""
            Kommunkod;Kommun;Försörjningsmått;Invånare 16-64
            0001;Ett;x;1 000
            0002;Två;300;3 000
            0003;Tre;150,5;-1
            0004;Fyra;149,5;1 500
            0005;Fem;200;2 000
            """);
        var output = new StringWriter();

        var exit = await OperatorCli.RunAsync(app.Host.Services, "allocation", ["compute", _folder], output);

        Assert.Equal(1, exit);
        Assert.Contains("units.csv, rad 2", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("units.csv, rad 4", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "result.csv")));
    }

    [Fact]
    public async Task Wrong_usage_exits_with_2()
    {
        var output = new StringWriter();
        Assert.Equal(2, await OperatorCli.RunAsync(app.Host.Services, "allocation", ["beräkna"], output));
        Assert.Contains("allocation compute", output.ToString(), StringComparison.Ordinal);
    }
}
