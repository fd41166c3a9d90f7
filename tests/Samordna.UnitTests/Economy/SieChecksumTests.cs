using System.Text;
using Samordna.Web.Features.Economy.Sie;
using static Samordna.UnitTests.Economy.SieTestFiles;

namespace Samordna.UnitTests.Economy;

/// <summary>#KSUMMA (SIE 4B §10, sie4.md §4): valid, invalid, truncated and absent.</summary>
public sealed class SieChecksumTests
{
    [Fact]
    public void The_test_helper_is_the_standard_CRC32()
    {
        // The published check value of CRC-32/ISO-HDLC (zlib, PNG) for "123456789".
        Assert.Equal(0xCBF43926u, Crc32(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void The_example_of_the_specification_contributes_the_field_contents_only()
    {
        // §10.15: #KONTO 1915 "Kassa \"special\"" contributes #KONTO1915Kassa "special".
        var lines = WithChecksum(["#FLAGGA 0", "#KONTO 1915 \"Kassa \\\"special\\\"\""]);

        Assert.Equal($"#KSUMMA {Crc32(Encoding.ASCII.GetBytes("#KONTO1915Kassa \"special\""))}", lines[^1]);
        Assert.Equal(SieChecksumStatus.Valid, Read(lines).Checksum);
    }

    [Fact]
    public void A_file_with_a_correct_control_total_is_valid()
    {
        var file = Read(WithChecksum(Complete()));

        Assert.Equal(SieChecksumStatus.Valid, file.Checksum);
        Assert.Empty(file.Errors);
    }

    [Fact]
    public void The_checksum_ignores_separators_quotes_braces_and_line_ends_but_not_the_letters()
    {
        var tidy = WithChecksum(["#FLAGGA 0", "#FNAMN \"Förbundet\"", "#VER A 1 20240101", "{", "#TRANS 1930 {1 \"100\"} 5", "#TRANS 3010 {} -5", "}"]);
        var untidy = tidy.Select(l => l.Replace(" ", "\t  ", StringComparison.Ordinal).Replace("\"Förbundet\"", "Förbundet", StringComparison.Ordinal)).ToList();

        Assert.Equal(SieChecksumStatus.Valid, Read(untidy).Checksum);
    }

    [Fact]
    public void A_changed_amount_makes_the_checksum_invalid_and_the_file_unusable()
    {
        var lines = WithChecksum(Complete());
        var changed = lines.Select(l => l == "#TRANS 5410 {1 \"100\"} 2000.00" ? "#TRANS 5410 {1 \"100\"} 2000.01" : l).ToList();

        var file = Read(changed);

        Assert.Equal(SieChecksumStatus.Invalid, file.Checksum);
        var error = Assert.Single(file.Errors, e => e.Code == SieProblemCodes.ChecksumInvalid);
        Assert.Equal(changed.Count, error.Line);
        Assert.False(file.CanImport);
    }

    [Fact]
    public void An_opening_KSUMMA_without_the_closing_one_means_a_truncated_file()
    {
        var lines = WithChecksum(Complete());
        var truncated = lines.Take(lines.Count - 1).ToList();

        var file = Read(truncated);

        Assert.Equal(SieChecksumStatus.Truncated, file.Checksum);
        var error = Assert.Single(file.Errors);
        Assert.Equal((2, SieProblemCodes.ChecksumMissing), (error.Line, error.Code));
        Assert.StartsWith("Rad 2: filen börjar med #KSUMMA men saknar den avslutande", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_KSUMMA_is_accepted()
    {
        var file = Read(Complete());

        Assert.Equal(SieChecksumStatus.Absent, file.Checksum);
        Assert.True(file.CanImport);
    }

    [Fact]
    public void A_closing_KSUMMA_without_an_opening_one_is_invalid()
    {
        var file = Read(["#FLAGGA 0", "#SIETYP 1", "#KSUMMA 12345"]);

        Assert.Equal(SieChecksumStatus.Invalid, file.Checksum);
        Assert.Equal(3, Assert.Single(file.Errors).Line);
    }

    [Fact]
    public void The_production_checksum_agrees_with_the_check_value()
    {
        var crc = new SieChecksum();
        crc.Add("12345", escaped: false);
        crc.Add("6789", escaped: false);

        Assert.Equal(0xCBF43926u, crc.Value);
    }
}
