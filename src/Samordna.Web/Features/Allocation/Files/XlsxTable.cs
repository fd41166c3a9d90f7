using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Samordna.Web.Features.Allocation.Files;

/// <summary>
/// Reads the first worksheet of an Excel workbook (.xlsx) into the same table the CSV readers use, so SCB's and
/// Statisticon's Excel files go through exactly the same column rules and validation as their CSV exports.
/// Title rows above the header are skipped: the header is the first row with at least two filled cells. Row numbers
/// are Excel's own, so an error names the row the user sees in Excel. Numbers are read exactly (as decimals).
/// </summary>
internal static class XlsxTable
{
    /// <summary>The "PK\x03\x04" signature every .xlsx (a zip package) starts with.</summary>
    public static bool LooksLikeXlsx(byte[] bytes) => bytes.Length > 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04;

    public static CsvTable? Read(string fileName, byte[] bytes, List<CsvError> errors)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } relId || workbook.GetPartById(relId) is not WorksheetPart part)
            {
                errors.Add(new CsvError(fileName, null, null, CsvErrorCodes.FileEmpty, "Arbetsboken har inget kalkylblad."));
                return null;
            }

            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            string[]? header = null;
            var rows = new List<CsvRow>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var line = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2));
                var fields = ReadRow(row, shared);
                var filled = fields.Count(f => f.Length > 0);
                if (header is null)
                {
                    if (filled >= 2)
                    {
                        header = fields.Select(f => f.Trim()).ToArray();
                    }

                    continue;
                }

                if (filled > 0)
                {
                    rows.Add(new CsvRow(line, fields));
                }
            }

            if (header is null)
            {
                errors.Add(new CsvError(fileName, null, null, CsvErrorCodes.FileEmpty, "Kalkylbladet saknar en rubrikrad."));
                return null;
            }

            return new CsvTable(fileName, header, rows);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException)
        {
            errors.Add(new CsvError(fileName, null, null, CsvErrorCodes.FileEmpty, "Filen kunde inte läsas som en Excel-arbetsbok (.xlsx)."));
            return null;
        }
    }

    private static string[] ReadRow(Row row, string[] shared)
    {
        var cells = new SortedDictionary<int, string>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
            next = column + 1;
            cells[column] = CellText(cell, shared);
        }

        if (cells.Count == 0)
        {
            return [];
        }

        var fields = new string[cells.Keys.Max() + 1];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = cells.GetValueOrDefault(i, string.Empty);
        }

        return fields;
    }

    private static string CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error)
        {
            return raw;
        }

        // A number: Excel writes it invariantly, sometimes in exponent form ("1.2345E+7"); give the plain decimal.
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString(CultureInfo.InvariantCulture)
            : raw;
    }

    /// <summary>"C7" → 2; "AA10" → 26.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}

/// <summary>Writes a simple workbook: one sheet, a header row of text, then rows of text or numbers (inline strings, no styles).</summary>
public static class XlsxWriter
{
    /// <summary>A cell value: a string is written as text, a decimal/long as a number, null as an empty cell.</summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint line = 1;
            data.Append(MakeRow(line++, header.Cast<object?>().ToArray()));
            foreach (var r in rows)
            {
                data.Append(MakeRow(line++, r));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName.Length > 31 ? sheetName[..31] : sheetName });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row MakeRow(uint line, IReadOnlyList<object?> values)
    {
        var row = new Row { RowIndex = line };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + line.ToString(CultureInfo.InvariantCulture);
            switch (values[i])
            {
                case null:
                    break;
                case string s:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve }) });
                    break;
                case IFormattable number:
                    row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number.ToString(null, CultureInfo.InvariantCulture)) });
                    break;
                default:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(values[i]!.ToString() ?? string.Empty)) });
                    break;
            }
        }

        return row;
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        index++;
        while (index > 0)
        {
            var rem = (index - 1) % 26;
            name = (char)('A' + rem) + name;
            index = (index - 1) / 26;
        }

        return name;
    }
}
