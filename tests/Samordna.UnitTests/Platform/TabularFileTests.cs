using System.IO.Compression;
using System.Text;
using Samordna.Web.Infrastructure.Files;

namespace Samordna.UnitTests.Platform;

/// <summary>The one table-file module: kind by content, encodings, separators, limits, and the formula guard.</summary>
public sealed class TabularFileTests
{
    private const string Text = "Kod;Namn;Belopp\n0114;Upplands Väsby;-5,25\n0115;Österåker;100\n";

    static TabularFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings => new()
    {
        "utf-8", "utf-8 med BOM", "utf-16le med BOM", "utf-16be med BOM", "utf-16le utan BOM", "utf-16be utan BOM", "windows-1252",
    };

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8 med BOM" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le med BOM" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be med BOM" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le utan BOM" => Encoding.Unicode.GetBytes(text),
        "utf-16be utan BOM" => Encoding.BigEndianUnicode.GetBytes(text),
        _ => Encoding.GetEncoding(1252).GetBytes(text),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_encoding_Excel_writes_gives_the_same_table(string encoding)
    {
        var table = TabularFile.Read(Encode(Text, encoding), "test.csv");

        Assert.Equal(FileKind.Csv, table.Kind);
        Assert.Equal(["Kod", "Namn", "Belopp"], table.Header);
        Assert.Equal([new TableRow(2, ["0114", "Upplands Väsby", "-5,25"]), new TableRow(3, ["0115", "Österåker", "100"])], table.Rows, new RowComparer());
    }

    [Theory]
    [InlineData(";")]
    [InlineData(",")]
    [InlineData("\t")]
    public void The_separator_is_detected_from_the_header_line(string separator)
    {
        var text = $"Kod{separator}Namn{separator}\"Belopp{(separator == "," ? ";" : ",")} kr\"\n0114{separator}\"Väsby{separator} norra\"{separator}1\n";

        var table = TabularFile.ReadCsvText(text, "test.csv");

        Assert.Equal(3, table.Header.Length);
        Assert.Equal("Väsby" + separator + " norra", table.Rows[0].Get(1));
    }

    [Fact]
    public void The_kind_is_decided_by_the_content_not_the_name()
    {
        var workbook = TabularFile.WriteXlsx("Blad", ["Kod", "Namn"], [["0114", "Väsby"]]);

        Assert.Equal(FileKind.Xlsx, TabularFile.DetectKind(workbook));
        Assert.Equal(FileKind.Csv, TabularFile.DetectKind(Encoding.UTF8.GetBytes("PK;x\n")));
        Assert.Equal(FileKind.Xlsx, TabularFile.Read(workbook, "heter-csv.csv").Kind);
    }

    [Fact]
    public void A_named_sheet_is_read_or_its_absence_named_in_Swedish()
    {
        var workbook = TabularFile.WriteXlsx("Register", ["Kod", "Namn"], [["0114", "Väsby"]]);

        Assert.Equal("Väsby", TabularFile.Read(workbook, "r.xlsx", options: new TableReadOptions(SheetName: "register")).Rows[0].Get(1));
        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read(workbook, "r.xlsx", options: new TableReadOptions(SheetName: "Blad2")));
        Assert.Equal(FileProblemCodes.NoSheet, ex.Problem.Code);
        Assert.Equal("Arbetsboken har inget kalkylblad som heter \"Blad2\".", ex.Problem.Message);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tTAB först")]
    [InlineData("\rCR först")]
    [InlineData("'=redan med apostrof")]
    [InlineData("''@två apostrofer")]
    [InlineData("'vanlig apostrof")]
    [InlineData("-")]
    [InlineData("=")]
    public void Formula_looking_text_is_neutralised_in_both_writers_and_restored_by_the_reader(string name)
    {
        var csv = TabularFile.WriteCsv(["Namn"], [[name]]);
        var xlsx = TabularFile.WriteXlsx("Blad", ["Namn"], [[name]]);

        var written = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n")[1].TrimStart('"');
        Assert.StartsWith("'", written, StringComparison.Ordinal);
        Assert.Equal(name.Trim(), TabularFile.Read(csv, "n.csv").Rows[0].Get(0).Trim());
        var fromWorkbook = TabularFile.Read(xlsx, "n.xlsx").Rows[0].Get(0);
        Assert.StartsWith("'", FormulaGuard.Neutralise(name), StringComparison.Ordinal);

        // XML reads a carriage return as a line feed, so in a workbook a leading CR comes back as LF (behind the apostrophe).
        Assert.Equal(name.StartsWith('\r') ? "'\n" + name[1..] : name.Trim(), fromWorkbook.Trim());
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("-5,25")]
    [InlineData("+1 234.50")]
    [InlineData("vanlig text")]
    [InlineData("a=b")]
    public void Plain_numbers_and_ordinary_text_are_written_as_they_are(string text)
    {
        var csv = TabularFile.WriteCsv(["Värde", "Annat"], [[text, "x"]]);

        Assert.Equal(text + ";x", Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n")[1]);
        Assert.Equal(text, FormulaGuard.Neutralise(text));
        Assert.Equal(text, TabularFile.Read(csv, "v.csv").Rows[0].Get(0));
    }

    [Fact]
    public void Numbers_are_numeric_cells_in_a_workbook_and_read_back_exactly()
    {
        var xlsx = TabularFile.WriteXlsx("Blad", ["Belopp", "Antal"], [[-1234.56m, 30000L]]);

        Assert.Equal(["-1234.56", "30000"], TabularFile.Read(xlsx, "b.xlsx").Rows[0].Fields);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_after_reading_at_most_the_limit()
    {
        var limits = new FileLimits { MaxBytes = 1000 };
        using var endless = new CountingSource();

        var ex = await Assert.ThrowsAsync<TabularFileException>(() => TabularFile.ReadBytesAsync(endless, limits, CancellationToken.None));

        Assert.Equal(FileProblemCodes.TooLarge, ex.Problem.Code);
        Assert.Equal("Filen är för stor: den får vara högst 1 MB.", ex.Problem.Message);
        Assert.True(endless.BytesRead < 1000 + (128 * 1024), $"Read {endless.BytesRead} bytes.");
    }

    [Fact]
    public void A_file_with_more_rows_than_the_limit_is_refused()
    {
        var limits = new FileLimits { MaxRows = 3 };
        var csv = Encoding.UTF8.GetBytes("a;b\n1;2\n3;4\n5;6\n");
        var xlsx = TabularFile.WriteXlsx("Blad", ["a", "b"], [[1L, 2L], [3L, 4L], [5L, 6L]]);

        Assert.Equal(FileProblemCodes.TooManyRows, Assert.Throws<TabularFileException>(() => TabularFile.Read(csv, "r.csv", limits)).Problem.Code);
        Assert.Equal(FileProblemCodes.TooManyRows, Assert.Throws<TabularFileException>(() => TabularFile.Read(xlsx, "r.xlsx", limits)).Problem.Code);
        Assert.Equal(3, TabularFile.Read(csv, "r.csv", new FileLimits { MaxRows = 4 }).Rows.Count);
    }

    [Fact]
    public void A_sheet_that_unpacks_past_the_limit_is_refused_while_it_is_read()
    {
        // 8 MiB of whitespace inside the sheet of a real workbook, against a 1 MiB budget.
        var workbook = Inflate(TabularFile.WriteXlsx("Blad", ["a", "b"], [[1L, 2L]]), 8 * 1024 * 1024);
        var limits = new FileLimits { MaxUnpackedBytes = 1024 * 1024 };

        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read(workbook, "bomb.xlsx", limits));

        Assert.Equal(FileProblemCodes.UnpackedTooLarge, ex.Problem.Code);
        Assert.Contains("packas upp", ex.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], TabularFile.Read(workbook, "bomb.xlsx", new FileLimits { MaxUnpackedBytes = 16 * 1024 * 1024 }).Header);
    }

    [Fact]
    public void Problems_name_row_and_column_in_Swedish()
    {
        Assert.Equal("Rad 4, kolumn namn: Värdet saknas.", new FileProblem("X", "Värdet saknas.", 4, "namn").ToString());
        Assert.Equal("Rad 4: Värdet saknas.", new FileProblem("X", "Värdet saknas.", 4).ToString());
        Assert.Equal(413, new FileProblem(FileProblemCodes.TooLarge, "För stor.").StatusCode);
        Assert.Equal(400, new FileProblem(FileProblemCodes.Dtd, "DTD.").StatusCode);
    }

    [Fact]
    public void An_empty_file_and_a_broken_workbook_are_Swedish_problems()
    {
        Assert.Equal("Filen är tom.", Assert.Throws<TabularFileException>(() => TabularFile.Read(Encoding.UTF8.GetBytes("\n \n"), "tom.csv")).Problem.Message);
        Assert.Equal(
            "Filen kunde inte läsas som en Excel-arbetsbok (.xlsx).",
            Assert.Throws<TabularFileException>(() => TabularFile.Read([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "trasig.xlsx")).Problem.Message);
    }

    /// <summary>Puts <paramref name="spaces"/> bytes of whitespace before the end of the workbook's sheet data.</summary>
    private static byte[] Inflate(byte[] workbook, int spaces)
    {
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open());
            var end = xml.LastIndexOf("</", xml.LastIndexOf("</", StringComparison.Ordinal) - 1, StringComparison.Ordinal);
            writer.Write(xml[..end]);
            writer.Write(new string(' ', spaces));
            writer.Write(xml[end..]);
        }

        return buffer.ToArray();
    }

    private sealed class RowComparer : IEqualityComparer<TableRow>
    {
        public bool Equals(TableRow? x, TableRow? y) => x!.Line == y!.Line && x.Fields.SequenceEqual(y.Fields);

        public int GetHashCode(TableRow obj) => obj.Line;
    }

    /// <summary>A stream that never ends, counting what was read from it.</summary>
    private sealed class CountingSource : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'x', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
