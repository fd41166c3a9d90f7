using System.Security.Cryptography;
using System.Text;

namespace Samordna.Web.Features.Allocation.Data;

/// <summary>
/// The canonical text of a data set's rows and its SHA-256. Rows are ordered by code (ordinal) and written as
/// <c>code;name;support measure in öre;population;financial assistance in öre or empty</c>, one per line with "\n",
/// so the same figures always give the same hash, whatever the file's order, separators or number format.
/// </summary>
public static class DataSetContent
{
    public static string CanonicalText(string ageBand, IEnumerable<AllocationDataSetUnit> units)
    {
        var sb = new StringBuilder();
        sb.Append("age-band;").Append(ageBand.Trim()).Append('\n');
        foreach (var u in units.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            sb.Append(u.Code).Append(';')
                .Append(u.Name.Replace(';', ',')).Append(';')
                .Append(u.SupportMeasure.Ore.ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(u.WorkingAgePopulation.ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(u.FinancialAssistance is { } fa ? fa.Ore.ToString(CultureInfo.InvariantCulture) : string.Empty)
                .Append('\n');
        }

        return sb.ToString();
    }

    public static string Hash(string ageBand, IEnumerable<AllocationDataSetUnit> units) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(ageBand, units))));

    /// <summary>"1a2b3c4d…" for display: the first 12 hex digits are plenty to tell sets apart by eye.</summary>
    public static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    public static Sek TotalSupportMeasure(IEnumerable<AllocationDataSetUnit> units) => Sek.Sum(units.Select(u => u.SupportMeasure));
}
