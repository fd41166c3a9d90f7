using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Features.Allocation.Files;
using Samordna.Web.Infrastructure.Audit;
using Samordna.Web.Infrastructure.Cli;
using Samordna.Web.Infrastructure.Files;

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

    private const string Units = """
        Kommunkod;Kommun;Försörjningsmått;Invånare 16-64
        0001;Ett;100;1 000
        0002;Två;300;3 000
        0003;Tre;150,5;1 500
        0004;Fyra;149,5;1 500
        0005;Fem;200;2 000
        """;

    private const string Associations = """
        Kod;Namn;Område;Föregående tilldelning;Eget kapital;Skäligt eget kapital;Begärt belopp
        A;Alfa;0001 0002;1 500 000;1 000 000;;
        B;Beta;0003|0004;1 000 000;150 000;;
        C;Gamma;0005;1 000 000;;;
        """;

    private const string Parameters = "nyckel;värde\når;2026\nram;3 000 000\ngrundtilldelning;400 000\nmax_minskning;10 %\n";

    private void WriteInputs(string units, string associations = Associations, string parameters = Parameters, System.Text.Encoding? encoding = null)
    {
        encoding ??= new System.Text.UTF8Encoding(false);
        File.WriteAllText(Path.Combine(_folder, "parameters.csv"), parameters, encoding);
        File.WriteAllText(Path.Combine(_folder, "units.csv"), units, encoding);
        File.WriteAllText(Path.Combine(_folder, "associations.csv"), associations, encoding);
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

    [Theory]
    [InlineData("parameters.csv", "ram;99 999 999 999 999 999", "parameters.csv, rad 3, kolumn \"värde\"")]
    [InlineData("units.csv", "0001;Ett;79 228 162 514 264 337 593 543 950 335;1 000", "units.csv, rad 2, kolumn \"Försörjningsmått\"")]
    [InlineData("units.csv", "0001;Ett;100;9 223 372 036 854 775 807", "units.csv, rad 2, kolumn \"Invånare 16-64\"")]
    [InlineData("associations.csv", "A;Alfa;0001 0002;79 228 162 514 264 337 593 543 950 335;1 000 000;;", "associations.csv, rad 2, kolumn \"Föregående tilldelning\"")]
    public async Task A_number_too_large_to_compute_with_is_a_Swedish_error_naming_file_row_and_column(string file, string line, string where)
    {
        // Each case replaces one line of an otherwise valid folder (the first data line, or the frame in parameters.csv).
        static string Replace(string text, int index, string with)
        {
            var lines = text.Split('\n').ToList();
            lines[index] = with;
            return string.Join('\n', lines);
        }

        WriteInputs(
            file == "units.csv" ? Replace(Units, 1, line) : Units,
            file == "associations.csv" ? Replace(Associations, 1, line) : Associations,
            file == "parameters.csv" ? Replace(Parameters, 2, line) : Parameters);
        var output = new StringWriter();

        var exit = await OperatorCli.RunAsync(app.Host.Services, "allocation", ["compute", _folder], output);

        var text = output.ToString();
        Assert.True(exit == 1, text);
        Assert.Contains(where, text, StringComparison.Ordinal);
        Assert.Contains("för stort", text, StringComparison.Ordinal);
        Assert.DoesNotContain("overflow", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Value was", text, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "result.csv")), text);
    }

    [Theory]
    [InlineData("UTF-16 LE med byte order mark")]
    [InlineData("UTF-16 BE med byte order mark")]
    [InlineData("UTF-16 LE utan byte order mark")]
    public async Task Files_saved_as_UTF16_are_read_like_UTF8(string encoding)
    {
        WriteInputs(Units, encoding: encoding switch
        {
            "UTF-16 LE med byte order mark" => new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "UTF-16 BE med byte order mark" => new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: false),
        });
        var output = new StringWriter();

        var exit = await OperatorCli.RunAsync(app.Host.Services, "allocation", ["compute", _folder], output);

        Assert.True(exit == 0, output.ToString());
        var rows = AllocationResultCsv.Read(await File.ReadAllBytesAsync(Path.Combine(_folder, "result.csv")));
        Assert.Equal([1_000_000L, 1_100_000L, 900_000L], rows.Select(r => r.Amount.WholeKronor));
    }

    [Fact]
    public async Task An_input_file_over_the_configured_size_limit_is_refused_while_it_is_read()
    {
        var limit = app.Host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<FileLimits>>().Value.MaxBytes;
        WriteInputs(Units);
        await using (var units = File.AppendText(Path.Combine(_folder, "units.csv")))
        {
            // Blank lines after the real rows: harmless to a reader without a limit, so only the size can refuse the file.
            await units.WriteAsync(new string('\n', (int)limit));
        }

        var output = new StringWriter();

        var exit = await OperatorCli.RunAsync(app.Host.Services, "allocation", ["compute", _folder], output);

        var text = output.ToString();
        Assert.True(exit == 1, text);
        Assert.Contains($"units.csv: Filen är för stor: den får vara högst {FileLimits.Megabytes(limit)}.", text, StringComparison.Ordinal);
    }
}
