using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Samordna.Web.Features.Economy.Sie;

namespace Samordna.Web.Features.Economy.InspectSie;

/// <summary>
/// What the reader understood of a SIE file, for an officer to check before importing it and for tests to compare:
/// the JSON of <c>sie inspect --json</c> (and later the upload page's preview). Amounts are strings with two decimals
/// ("1234.50", invariant), balances are those of year 0, transaction sums cover every voucher in the file.
/// </summary>
public sealed record SieInspection(
    string? Program,
    int SieType,
    string? OrgNo,
    string? CompanyName,
    string Encoding,
    IReadOnlyList<SieInspection.Year> Years,
    int AccountCount,
    int VoucherCount,
    int TransactionCount,
    string Checksum,
    IReadOnlyDictionary<string, SieInspection.AccountBalances> Balances,
    IReadOnlyDictionary<string, SieInspection.AccountSum> TransactionSums,
    IReadOnlyList<SieInspection.Voucher> UnbalancedVouchers,
    IReadOnlyList<SieInspection.Problem> Warnings,
    IReadOnlyList<SieInspection.Problem> Errors)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Swedish letters as themselves; the output is not HTML.
    };

    public static SieInspection From(SieFile file)
    {
        var opening = file.BalancesOf(SieBalanceKind.Opening);
        var closing = file.BalancesOf(SieBalanceKind.Closing);
        var result = file.BalancesOf(SieBalanceKind.Result);
        var balances = new SortedDictionary<string, AccountBalances>(StringComparer.Ordinal);
        foreach (var account in opening.Keys.Union(closing.Keys).Union(result.Keys))
        {
            balances[account] = new AccountBalances(
                opening.TryGetValue(account, out var ib) ? Amount(ib) : null,
                closing.TryGetValue(account, out var ub) ? Amount(ub) : null,
                result.TryGetValue(account, out var res) ? Amount(res) : null);
        }

        var sums = new SortedDictionary<string, AccountSum>(StringComparer.Ordinal);
        foreach (var total in file.TransactionTotals.Values)
        {
            sums[total.Account] = new AccountSum(Amount(total.Sum), total.Rows);
        }

        return new SieInspection(
            file.Program,
            file.SieType,
            file.OrgNo,
            file.CompanyName,
            SieText.Name(file.Encoding),
            file.Years.Select(y => new Year(y.Index, Date(y.Start), Date(y.End))).ToList(),
            file.Accounts.Count,
            file.VoucherCount,
            file.TransactionCount,
            file.Checksum.ToString().ToLowerInvariant(),
            balances,
            sums,
            file.UnbalancedVouchers.Select(v => new Voucher(v.Series, v.Number, Date(v.Date), Amount(v.Difference))).ToList(),
            file.Warnings.Select(Problem.From).ToList(),
            file.Errors.Select(Problem.From).ToList());
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>"1234.50", "-0.50": invariant, always two decimals.</summary>
    public static string Amount(Sek amount) => amount.ToInvariantString();

    private static string? Date(DateOnly? date) => date is { } d ? SieValue.Date(d) : null;

    public sealed record Year(int Index, string? Start, string? End);

    public sealed record AccountBalances(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Ib,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Ub,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Res);

    public sealed record AccountSum(string Sum, int Rows);

    public sealed record Voucher(string Series, string Number, string? Date, string Difference);

    public sealed record Problem(int Line, string Code, string Message)
    {
        public static Problem From(SieProblem p) => new(p.Line, p.Code, p.Message);
    }
}
