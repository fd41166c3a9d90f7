using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Allocation.Files;

/// <summary>
/// Writes a data set back as the file the import reads (';', invariant numbers, UTF-8 with BOM, through
/// <see cref="TabularFile"/>): the same rows give the same content hash when imported again, so an export can be
/// checked against the original. Names that look like formulas are neutralised and read back unchanged.
/// </summary>
public static class DataSetCsv
{
    public static byte[] Write(AllocationDataSet dataSet, IEnumerable<AllocationDataSetUnit> units)
    {
        var list = units.OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var withAssistance = list.Any(u => u.FinancialAssistance is not null);
        List<string> header = ["Kod", "Namn", "Försörjningsmått", $"Invånare {dataSet.AgeBand}"];
        if (withAssistance)
        {
            header.Add("Ekonomiskt bistånd");
        }

        return TabularFile.WriteCsv(header, list.Select(u =>
        {
            List<object?> row = [u.Code, u.Name, u.SupportMeasure.ToInvariantString(), u.WorkingAgePopulation.ToString(CultureInfo.InvariantCulture)];
            if (withAssistance)
            {
                row.Add(u.FinancialAssistance?.ToInvariantString() ?? string.Empty);
            }

            return (IReadOnlyList<object?>)row;
        }));
    }
}
