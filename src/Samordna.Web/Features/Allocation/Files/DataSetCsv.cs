using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Allocation.Files;

/// <summary>
/// Writes a data set back as the file the import reads (';', invariant numbers, UTF-8 with BOM): the same rows give
/// the same content hash when imported again, so an export can be checked against the original.
/// </summary>
public static class DataSetCsv
{
    public static byte[] Write(AllocationDataSet dataSet, IEnumerable<AllocationDataSetUnit> units)
    {
        var list = units.OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var withAssistance = list.Any(u => u.FinancialAssistance is not null);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", HasHeaderRecord = false }, leaveOpen: true))
        {
            csv.WriteField("Kod");
            csv.WriteField("Namn");
            csv.WriteField("Försörjningsmått");
            csv.WriteField($"Invånare {dataSet.AgeBand}");
            if (withAssistance)
            {
                csv.WriteField("Ekonomiskt bistånd");
            }

            csv.NextRecord();
            foreach (var u in list)
            {
                csv.WriteField(u.Code);
                csv.WriteField(u.Name);
                csv.WriteField(u.SupportMeasure.ToInvariantString());
                csv.WriteField(u.WorkingAgePopulation.ToString(CultureInfo.InvariantCulture));
                if (withAssistance)
                {
                    csv.WriteField(u.FinancialAssistance?.ToInvariantString() ?? string.Empty);
                }

                csv.NextRecord();
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(writer.ToString())];
    }
}
