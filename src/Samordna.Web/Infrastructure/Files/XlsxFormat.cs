using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Samordna.Web.Infrastructure.Files;

/// <summary>
/// The one OpenXML wrapper: the only class that opens or creates a <see cref="SpreadsheetDocument"/>. Reading streams
/// the XML of the workbook, the shared strings and one sheet through <see cref="XmlReader"/>s that refuse a DTD, over
/// streams that count every unpacked byte against <see cref="FileLimits.MaxUnpackedBytes"/>, so a zip bomb is stopped
/// after at most the limit. No DOM of a part is ever loaded.
/// </summary>
internal static class XlsxFormat
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>What kind of Office or OpenDocument package a zip file is, by the parts it holds (never by its name).</summary>
    public enum PackageKind
    {
        None,
        Word,
        Excel,
        OpenDocumentText,
    }

    /// <summary>
    /// Looks inside a zip package for the parts that say what it is: a Word or Excel package has
    /// <c>[Content_Types].xml</c> and its main part, an OpenDocument text its <c>mimetype</c>. The one place besides
    /// <see cref="Read"/> that opens a package; a broken zip is <see cref="PackageKind.None"/>.
    /// </summary>
    public static PackageKind Inspect(byte[] bytes, string openDocumentTextType)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is { Length: < 100 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open());
                return reader.ReadToEnd().Trim() == openDocumentTextType ? PackageKind.OpenDocumentText : PackageKind.None;
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return PackageKind.None;
            }

            return zip.GetEntry("word/document.xml") is not null ? PackageKind.Word
                : zip.GetEntry("xl/workbook.xml") is not null ? PackageKind.Excel
                : PackageKind.None;
        }
        catch (InvalidDataException)
        {
            return PackageKind.None;
        }
    }

    public static (List<TableRow> Rows, List<FileProblem> Problems) Read(MemoryStream package, string? sheetName, FileLimits limits)
    {
        try
        {
            CheckDeclaredSizes(package, limits);
            package.Position = 0;
            using var document = SpreadsheetDocument.Open(package, false);
            var budget = new UnpackedBudget(limits);
            var workbook = document.WorkbookPart ?? throw NoSheet(sheetName);
            var sheetId = FindSheet(workbook, sheetName, budget) ?? throw NoSheet(sheetName);
            if (workbook.GetPartById(sheetId) is not WorksheetPart sheet)
            {
                throw NoSheet(sheetName);
            }

            var shared = workbook.SharedStringTablePart is { } sst ? ReadSharedStrings(sst, budget) : [];
            return (ReadRows(sheet, shared, budget, limits), []);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException or XmlException
            or InvalidOperationException or ArgumentException or NotSupportedException or KeyNotFoundException)
        {
            throw new TabularFileException(new FileProblem(FileProblemCodes.NotAWorkbook, "Filen kunde inte läsas som en Excel-arbetsbok (.xlsx)."));
        }
    }

    /// <summary>
    /// The package's own plumbing ([Content_Types].xml and the .rels files) is parsed by System.IO.Packaging when the
    /// document is opened, out of reach of the counting streams, so its declared sizes are checked first (.NET refuses
    /// an entry that unpacks to more than it declares). The parts this class reads are counted while they are read.
    /// </summary>
    private static void CheckDeclaredSizes(MemoryStream package, FileLimits limits)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        long total = 0;
        foreach (var entry in zip.Entries.Where(e => e.FullName == "[Content_Types].xml" || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            total += entry.Length;
            if (total > PlumbingBytes || total > limits.MaxUnpackedBytes)
            {
                throw limits.UnpackedTooLarge();
            }
        }
    }

    /// <summary>Content types and relationships of a real workbook are a few kilobytes; a megabyte is generous.</summary>
    private const long PlumbingBytes = 1024 * 1024;

    private static TabularFileException NoSheet(string? sheetName) => new(new FileProblem(
        FileProblemCodes.NoSheet,
        sheetName is null ? "Arbetsboken har inget kalkylblad." : $"Arbetsboken har inget kalkylblad som heter \"{sheetName}\"."));

    /// <summary>The relationship id of the named sheet, or of the first one.</summary>
    private static string? FindSheet(WorkbookPart workbook, string? sheetName, UnpackedBudget budget)
    {
        using var xml = Open(workbook, budget);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet"
                && (sheetName is null || string.Equals(xml.GetAttribute("name"), sheetName, StringComparison.OrdinalIgnoreCase)))
            {
                return xml.GetAttribute("id", RelationshipsNamespace);
            }
        }

        return null;
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart part, UnpackedBudget budget)
    {
        using var xml = Open(part, budget);
        var strings = new List<string>();
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(StringItem(xml));
            }
        }

        return strings;
    }

    private static List<TableRow> ReadRows(WorksheetPart part, List<string> shared, UnpackedBudget budget, FileLimits limits)
    {
        using var xml = Open(part, budget);
        var rows = new List<TableRow>();
        var count = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }

            if (++count > limits.MaxRows)
            {
                throw limits.TooManyRows();
            }

            var line = int.TryParse(xml.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : (rows.Count == 0 ? 1 : rows[^1].Line + 1);
            var fields = ReadRow(xml, shared);
            if (fields.Any(f => f.Length > 0))
            {
                rows.Add(new TableRow(line, fields));
            }
        }

        return rows;
    }

    private static string[] ReadRow(XmlReader xml, List<string> shared)
    {
        var cells = new SortedDictionary<int, string>();
        if (xml.IsEmptyElement)
        {
            return [];
        }

        var depth = xml.Depth;
        var next = 0;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c")
            {
                var column = ColumnIndex(xml.GetAttribute("r")) ?? next;
                next = column + 1;
                cells[column] = ReadCell(xml, shared);
            }
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

    /// <summary>Text cells restored (<see cref="FormulaGuard.Restore"/>) and trimmed; numbers as invariant decimals ("1.2345E+7" → "12345000").</summary>
    private static string ReadCell(XmlReader xml, List<string> shared)
    {
        var type = xml.GetAttribute("t");
        string? value = null;
        string? inline = null;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            while (xml.Read() && xml.Depth > depth)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
                {
                    value = xml.ReadElementContentAsString();
                    if (xml.Depth <= depth)
                    {
                        break;
                    }
                }
                else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "is")
                {
                    inline = StringItem(xml);
                }
            }
        }

        var raw = value ?? string.Empty;
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count
                    ? FormulaGuard.Restore(shared[i].Trim())
                    : string.Empty;
            case "inlineStr":
                return FormulaGuard.Restore((inline ?? raw).Trim());
            case "str" or "b" or "e" or "d":
                return FormulaGuard.Restore(raw.Trim());
            default:
                return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? d.ToString(CultureInfo.InvariantCulture)
                    : raw.Trim();
        }
    }

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt;: its &lt;t&gt; elements, plain or in rich-text runs, without phonetic hints.</summary>
    private static string StringItem(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        var depth = xml.Depth;
        var phonetic = -1;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh" && !xml.IsEmptyElement)
            {
                phonetic = xml.Depth;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == phonetic)
            {
                phonetic = -1;
            }
            else if (phonetic < 0 && xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)
            {
                text.Append(xml.Value);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A part's XML over a counting stream. A DTD is refused the moment it is seen: no external entity is ever
    /// resolved (no resolver) and no entity is expanded, because the reader stops before any content.
    /// </summary>
    private static XmlReader Open(OpenXmlPart part, UnpackedBudget budget)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        var reader = XmlReader.Create(new CountingStream(part.GetStream(FileMode.Open, FileAccess.Read), budget), settings);
        try
        {
            // Up to the root element: a document type declaration can only come before it.
            while (reader.Read() && reader.NodeType != XmlNodeType.Element)
            {
                if (reader.NodeType == XmlNodeType.DocumentType)
                {
                    throw new TabularFileException(new FileProblem(
                        FileProblemCodes.Dtd,
                        "Excel-filen innehåller en dokumenttypsdefinition (DTD), som inte är tillåten i en arbetsbok och kan användas för att läsa andra filer. Filen har inte lästs; spara den på nytt från Excel."));
                }
            }

            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
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
            if (index > 16_384)
            {
                return null;
            }
        }

        return index == 0 ? null : index - 1;
    }

    /// <summary>One sheet: a header row, then rows. Strings are inline text (neutralised), numbers numeric cells, null empty.</summary>
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
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName.Length > 31 ? sheetName[..31] : sheetName }));
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
                    row.Append(TextCell(reference, s));
                    break;
                case IFormattable number and (decimal or double or float or int or long or short or byte or uint or ulong):
                    row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number.ToString(null, CultureInfo.InvariantCulture)) });
                    break;
                default:
                    row.Append(TextCell(reference, values[i]!.ToString() ?? string.Empty));
                    break;
            }
        }

        return row;
    }

    private static Cell TextCell(string reference, string text) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(FormulaGuard.Neutralise(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Unpacked bytes left for the whole workbook; shared by every part read.</summary>
    private sealed class UnpackedBudget(FileLimits limits)
    {
        private long _used;

        public void Take(int bytes)
        {
            _used += bytes;
            if (_used > limits.MaxUnpackedBytes)
            {
                throw limits.UnpackedTooLarge();
            }
        }
    }

    /// <summary>Counts what is read from a decompressing part stream and stops at the budget.</summary>
    private sealed class CountingStream(Stream inner, UnpackedBudget budget) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            budget.Take(n);
            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            budget.Take(n);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
