using System.Text;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.ImportRegister;
using Samordna.Web.Features.Registry.RegisterFiles;

namespace Samordna.UnitTests.Registry;

public sealed class RegisterFileTests
{
    private static readonly RegisterRow[] Rows =
    [
        new(2, "finnveden", "Finnvedens samordningsförbund", "222999-9011", "0683", "2009-01-01", "", "0617", "2009-01-01", "", "kansliet@example.org", "0370-37 70 00", "Box 123, 331 21 Värnamo", "https://example.org"),
        new(3, "finnveden", "Finnvedens samordningsförbund", "222999-9011", "0683", "2009-01-01", "", "FK", "2009-01-01", "", "kansliet@example.org", "0370-37 70 00", "Box 123, 331 21 Värnamo", "https://example.org"),
        new(4, "vast", "Samordningsförbundet \"Väst\"; Uddevalla", "222999-9052", "1485", "2008-01-01", "", "1484", "2015-01-01", "2027-02-28", "", "", "", ""),
    ];

    [Fact]
    public void Csv_is_semicolon_separated_utf8_with_a_byte_order_mark_and_reads_back_the_same_rows()
    {
        var bytes = RegisterFile.Write(Rows, RegisterFormat.Csv);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Förbundskod;Förbund;Organisationsnummer;Säte;Bildat;Upphörde;Medlemskod;Medlem från;Medlem till;E-postadress;Telefon;Postadress;Webbplats\r\n", text, StringComparison.Ordinal);
        var read = RegisterFile.Read(bytes);
        Assert.Empty(read.Errors);
        Assert.Equal(Rows, read.Rows);
        Assert.Equal(bytes, RegisterFile.Write(read.Rows, RegisterFormat.Csv));
    }

    [Fact]
    public void Xlsx_reads_back_the_same_rows()
    {
        var read = RegisterFile.Read(RegisterFile.Write(Rows, RegisterFormat.Xlsx));

        Assert.Empty(read.Errors);
        Assert.Equal(Rows, read.Rows);
    }

    /// <summary>A file from before the contact columns still reads: its rows have no contact details (null, left as they are on import).</summary>
    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_a_comma_separated_file_is_read()
    {
        var csv = "medlem till,Medlem från,Medlemskod,upphörde,bildat,säte,organisationsnummer,förbund,förbundskod\n,2009-01-01,FK,,2009-01-01,0683,2229999011,Finnveden,finnveden\n";

        var read = RegisterFile.Read(Encoding.UTF8.GetBytes(csv));

        Assert.Empty(read.Errors);
        Assert.Equal(new RegisterRow(2, "finnveden", "Finnveden", "2229999011", "0683", "2009-01-01", "", "FK", "2009-01-01", ""), Assert.Single(read.Rows));
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var read = RegisterFile.Read(Encoding.UTF8.GetBytes("Förbundskod;Förbund\nx;y\n"));

        var error = Assert.Single(read.Errors);
        Assert.StartsWith("Rad 1: kolumnerna \"Organisationsnummer\", \"Säte\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_reported_not_thrown()
    {
        var read = RegisterFile.Read([0x50, 0x4B, 0x03, 0x04, .. Encoding.UTF8.GetBytes("inte en arbetsbok")]);

        Assert.Equal(["Filen kunde inte läsas som en Excel-arbetsbok (.xlsx)."], read.Errors);
    }
}

public sealed class RegisterImportValidatorTests
{
    private static readonly Dictionary<string, Organisation> Organisations = new[]
    {
        new Organisation { Code = "FK", Name = "Försäkringskassan", Kind = OrganisationKind.SocialInsuranceAgency },
        new Organisation { Code = "AF", Name = "Arbetsförmedlingen", Kind = OrganisationKind.EmploymentService },
        new Organisation { Code = "R06", Name = "Region Jönköpings län", Kind = OrganisationKind.Region },
        new Organisation { Code = "0683", Name = "Värnamo kommun", Kind = OrganisationKind.Municipality },
        new Organisation { Code = "0662", Name = "Gislaveds kommun", Kind = OrganisationKind.Municipality },
        new Organisation { Code = "0980", Name = "Region Gotland", Kind = OrganisationKind.Municipality, CarriesRegionalRole = true },
    }.ToDictionary(o => o.Code);

    private static readonly ImportContext Context = new(
        new HashSet<string>(["0683", "0662", "0980"]),
        Organisations,
        new Dictionary<string, (string, string, DateOnly?)> { ["annat"] = ("2229999038", "Annat förbund", null) });

    private static RegisterRow Row(int line, string member, string from = "2009-01-01", string to = "", string code = "finnveden",
        string name = "Finnveden", string orgnr = "222999-9012", string seat = "0683", string formed = "2009-01-01", string ended = "") =>
        new(line, code, name, orgnr, seat, formed, ended, member, from, to);

    private static RegisterRow[] Valid() => [Row(2, "FK"), Row(3, "AF"), Row(4, "R06"), Row(5, "0683"), Row(6, "0662")];

    [Fact]
    public void A_clean_file_becomes_associations_with_memberships()
    {
        var (associations, errors) = RegisterImportValidator.Validate(Valid(), Context);

        Assert.Empty(errors);
        var a = Assert.Single(associations);
        Assert.Equal("2229999012", a.OrganisationNumber);
        Assert.Equal(5, a.Memberships.Count);
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_row_number()
    {
        RegisterRow[] rows =
        [
            Row(2, "FK"), Row(3, "AF"), Row(4, "R06"), Row(5, "0683"),
            Row(6, "0662", orgnr: "222999-9011"),              // wrong check digit
            Row(7, "XX99"),                                    // unknown member
            Row(8, "0683", from: "2009-13-01"),                // not a date
            Row(9, "0662", name: "Finnveden med annat namn"),  // disagrees with row 2
            Row(10, "FK", code: "Ogiltig Kod"),                // bad code
            Row(11, "FK", code: "gotland", orgnr: "222999-9038", seat: "0980"), // number held by another association
        ];

        var (associations, found) = RegisterImportValidator.Validate(rows, Context);
        var errors = found.Select(e => e.Message).ToList();

        Assert.Empty(associations);
        Assert.Contains(errors, e => e == "Rad 6: Organisationsnumret har fel kontrollsiffra.");
        Assert.Contains(errors, e => e.StartsWith("Rad 7: Medlemskoden \"XX99\" finns inte i registret", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Rad 8: Medlem från \"2009-13-01\" ska vara ett datum", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Rad 9: Uppgifterna om förbundet \"finnveden\" (namn) skiljer sig från rad 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Rad 10: Förbundskoden \"Ogiltig Kod\" är ogiltig", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Rad 11: Organisationsnumret 222999-9038 används redan av Annat förbund", StringComparison.Ordinal));
        Assert.Equal([6, 7, 8, 9, 10, 11], errors.Select(e => int.Parse(e[4..e.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)).Distinct());
        Assert.Equal([6, 7, 8, 9, 10, 11], found.Select(e => e.Row!.Value).Distinct());
        Assert.All(found, e => Assert.Equal("REGISTRY_IMPORT_ROW_INVALID", e.Code));
    }

    [Fact]
    public void The_composition_rule_is_checked_on_every_day_across_rows()
    {
        // The only municipality leaves at the end of 2019: from 2020-01-01 the association lacks the municipality part.
        RegisterRow[] rows = [Row(2, "FK"), Row(3, "AF"), Row(4, "R06"), Row(5, "0683", to: "2019-12-31")];

        var (_, found) = RegisterImportValidator.Validate(rows, Context);
        var errors = found.Select(e => e.Message).ToList();

        var error = Assert.Single(errors);
        Assert.StartsWith("Rad 2: Förbundet \"finnveden\" (rad 2–5): Den 2020-01-01 saknar förbundet en kommun.", error, StringComparison.Ordinal);
        Assert.Contains("3 § lag (2003:1210)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_periods_of_one_member_are_reported()
    {
        RegisterRow[] rows = [.. Valid(), Row(7, "0683", from: "2015-01-01")];

        var (_, found) = RegisterImportValidator.Validate(rows, Context);
        var errors = found.Select(e => e.Message).ToList();

        Assert.Equal(["Rad 7: Medlemskapet för Värnamo kommun överlappar medlemskapet på rad 5."], errors);
    }

    [Fact]
    public void Memberships_of_an_ended_association_must_end_with_it()
    {
        RegisterRow[] rows = [Row(2, "FK", ended: "2014-12-31", to: "2014-12-31"), Row(3, "AF", ended: "2014-12-31")];

        var (_, found) = RegisterImportValidator.Validate(rows, Context);
        var errors = found.Select(e => e.Message).ToList();

        Assert.Contains(errors, e => e.StartsWith("Rad 3: Medlemskapet måste sluta senast när förbundet upphörde (2014-12-31)", StringComparison.Ordinal));
    }

    [Fact]
    public void Gotland_alone_is_a_valid_association_and_Excel_s_lost_leading_zero_is_restored()
    {
        RegisterRow[] rows =
        [
            Row(2, "FK", code: "gotland", orgnr: "222999-9046", seat: "980"),
            Row(3, "AF", code: "gotland", orgnr: "222999-9046", seat: "980"),
            Row(4, "980", code: "gotland", orgnr: "222999-9046", seat: "980"),
        ];

        var (associations, found) = RegisterImportValidator.Validate(rows, Context);
        var errors = found.Select(e => e.Message).ToList();

        Assert.Empty(errors);
        Assert.Equal("0980", Assert.Single(associations).Seat);
    }
}
