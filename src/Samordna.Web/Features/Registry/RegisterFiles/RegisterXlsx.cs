using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Samordna.Web.Domain;

namespace Samordna.Web.Features.Registry.RegisterFiles;

/// <summary>
/// The register as an Excel workbook: one sheet "Register", a header row, every value written as text so codes keep
/// their leading zeros and dates stay ÅÅÅÅ-MM-DD. Reading also accepts numbers and real Excel dates typed by people.
/// </summary>
public static class RegisterXlsx
{
    public const string SheetName = "Register";

    public static byte[] Write(IEnumerable<RegisterRow> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, RegisterColumns.Headers));
            var index = 2u;
            foreach (var row in rows)
            {
                data.Append(Row(index++, row.Fields));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    public static RegisterReadResult Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id)
            {
                return new RegisterReadResult([], ["Arbetsboken har inget kalkylblad."]);
            }

            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var part = (WorksheetPart)workbook.GetPartById(id);
            int[]? positions = null;
            var rows = new List<RegisterRow>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new Dictionary<int, Cell>();
                foreach (var cell in row.Elements<Cell>())
                {
                    cells[ColumnIndex(cell.CellReference?.Value) ?? cells.Count] = cell;
                }

                if (cells.Count == 0 || cells.Values.All(c => string.IsNullOrWhiteSpace(Text(c, shared, false))))
                {
                    continue;
                }

                var line = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2));
                if (positions is null)
                {
                    var width = cells.Keys.Max() + 1;
                    var header = Enumerable.Range(0, width).Select(i => cells.TryGetValue(i, out var c) ? Text(c, shared, false) : string.Empty).ToList();
                    var (found, missing) = RegisterColumns.Locate(header);
                    if (missing.Count > 0)
                    {
                        return new RegisterReadResult([], [RegisterColumns.MissingMessage(missing)]);
                    }

                    positions = found;
                    continue;
                }

                var fields = positions.Select((p, column) => cells.TryGetValue(p, out var c) ? Text(c, shared, RegisterColumns.IsDate[column]).Trim() : string.Empty).ToList();
                rows.Add(RegisterRow.FromFields(line, fields));
            }

            return positions is null ? new RegisterReadResult([], ["Filen saknar rubrikrad."]) : new RegisterReadResult(rows, []);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            return new RegisterReadResult([], ["Filen kunde inte läsas som en Excel-arbetsbok (.xlsx)."]);
        }
    }

    private static Row Row(uint index, IEnumerable<string> values)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in values)
        {
            row.Append(new Cell
            {
                CellReference = ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    private static string Text(Cell cell, List<string> shared, bool isDate)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (cell.DataType is null || cell.DataType.Value == CellValues.Number)
        {
            // A number: a real Excel date in a date column, otherwise the number as written (e.g. a code that lost its zero).
            if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return isDate && number is > 0 and < 2958466
                    ? DateOnly.FromDateTime(DateTime.FromOADate(number)).ToString(DateText.Format, CultureInfo.InvariantCulture)
                    : number.ToString(CultureInfo.InvariantCulture);
            }
        }

        return raw;
    }

    /// <summary>"C12" → 2.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index == 0 ? null : index - 1;
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }
}
