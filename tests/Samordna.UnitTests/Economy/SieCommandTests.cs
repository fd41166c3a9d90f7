using System.Text.Json;
using Samordna.Web.Features.Economy.InspectSie;
using Samordna.Web.Infrastructure.Cli;
using static Samordna.UnitTests.Economy.SieTestFiles;

namespace Samordna.UnitTests.Economy;

/// <summary><c>sie inspect</c> called directly: the JSON's exact fields and values, the summary and the exit codes.</summary>
public sealed class SieCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sie-test").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_JSON_has_exactly_the_agreed_fields_and_values()
    {
        var lines = WithChecksum([.. Complete(), "#VER C 3 20250102 \"Utanför året\"", "{", "#TRANS 1930 {} 1.50", "#TRANS 3010 {} -1", "}"]);
        var (code, text) = await RunAsync(lines, "--json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(
            ["program", "sieType", "orgNo", "companyName", "encoding", "years", "accountCount", "voucherCount", "transactionCount", "checksum", "balances", "transactionSums", "unbalancedVouchers", "warnings", "errors"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Exempelbokföring", root.GetProperty("program").GetString());
        Assert.Equal(4, root.GetProperty("sieType").GetInt32());
        Assert.Equal("222000-1234", root.GetProperty("orgNo").GetString());
        Assert.Equal("Samordningsförbundet Exempel", root.GetProperty("companyName").GetString());
        Assert.Equal("cp437", root.GetProperty("encoding").GetString());
        Assert.Equal("[{\"index\":0,\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"},{\"index\":-1,\"start\":\"2023-01-01\",\"end\":\"2023-12-31\"}]", Compact(root.GetProperty("years")));
        Assert.Equal((4, 3, 6), (root.GetProperty("accountCount").GetInt32(), root.GetProperty("voucherCount").GetInt32(), root.GetProperty("transactionCount").GetInt32()));
        Assert.Equal("valid", root.GetProperty("checksum").GetString());
        Assert.Equal(
            "{\"1930\":{\"ib\":\"10000.00\",\"ub\":\"108000.00\"},\"2440\":{\"ib\":\"-2000.00\",\"ub\":\"-2000.00\"},\"3010\":{\"res\":\"-100000.00\"},\"5410\":{\"res\":\"2000.00\"}}",
            Compact(root.GetProperty("balances")));
        Assert.Equal(
            "{\"1930\":{\"sum\":\"98001.50\",\"rows\":3},\"3010\":{\"sum\":\"-100001.00\",\"rows\":2},\"5410\":{\"sum\":\"2000.00\",\"rows\":1}}",
            Compact(root.GetProperty("transactionSums")));
        Assert.Equal("[{\"series\":\"C\",\"number\":\"3\",\"date\":\"2025-01-02\",\"difference\":\"0.50\"}]", Compact(root.GetProperty("unbalancedVouchers")));
        var error = root.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(["line", "code", "message"], error.EnumerateObject().Select(p => p.Name));
        Assert.Equal((49, "SIE_VOUCHER_UNBALANCED"), (error.GetProperty("line").GetInt32(), error.GetProperty("code").GetString()));
        Assert.Equal(["SIE_VOUCHER_OUTSIDE_YEAR", "SIE_BALANCE_MISMATCH"], root.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_usable_file_exits_0_with_a_Swedish_summary()
    {
        var (code, text) = await RunAsync(Complete());

        Assert.Equal(0, code);
        Assert.Contains("SIE typ 4, läst som cp437", text, StringComparison.Ordinal);
        Assert.Contains("4 konton, 4 konton med saldo för år 0, 2 verifikationer med 4 transaktionsrader.", text, StringComparison.Ordinal);
        Assert.EndsWith("Filen kan läsas in." + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_unbalanced_vouchers_makes_the_file_usable()
    {
        string[] lines = ["#FLAGGA 0", "#VER A 1 20240101", "{", "#TRANS 1930 {} 1", "}"];

        Assert.Equal(1, (await RunAsync(lines)).Code);
        Assert.Equal(0, (await RunAsync(lines, "--accept-unbalanced")).Code);
    }

    [Fact]
    public async Task The_encoding_can_be_chosen()
    {
        var (code, text) = await RunAsync(["#FLAGGA 0", "#FNAMN \"Sjöbo\""], "--encoding", "latin9", "--json", encoding: Latin9);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(("latin9", "Sjöbo"), (json.RootElement.GetProperty("encoding").GetString(), json.RootElement.GetProperty("companyName").GetString()));
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("look", "x.se")]
    [InlineData("inspect", "x.se", "--encoding", "ebcdic")]
    public async Task Wrong_usage_exits_2(params string[] args)
    {
        var output = new StringWriter();

        Assert.Equal(2, await new SieCommand().RunAsync(null!, new CliArguments(args), output, CancellationToken.None));
    }

    [Fact]
    public async Task A_missing_file_is_a_Swedish_sentence_and_exit_2()
    {
        var output = new StringWriter();
        var path = Path.Combine(_folder, "saknas.se");

        Assert.Equal(2, await new SieCommand().RunAsync(null!, new CliArguments(["inspect", path]), output, CancellationToken.None));
        Assert.Equal($"Filen {path} finns inte.", output.ToString().Trim());
    }

    private async Task<(int Code, string Text)> RunAsync(IEnumerable<string> lines, params string[] options) => await RunAsync(lines, options, null);

    private async Task<(int Code, string Text)> RunAsync(IEnumerable<string> lines, string a, string b, string c, System.Text.Encoding encoding) => await RunAsync(lines, [a, b, c], encoding);

    private async Task<(int Code, string Text)> RunAsync(IEnumerable<string> lines, string[] options, System.Text.Encoding? encoding)
    {
        var path = Path.Combine(_folder, "fil.se");
        await File.WriteAllBytesAsync(path, Bytes(lines, encoding));
        var output = new StringWriter();
        var code = await new SieCommand().RunAsync(null!, new CliArguments(["inspect", path, .. options]), output, CancellationToken.None);
        return (code, output.ToString());
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
