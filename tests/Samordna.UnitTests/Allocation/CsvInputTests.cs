using System.Text;
using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Allocation.Files;

namespace Samordna.UnitTests.Allocation;

public sealed class CsvInputTests
{
    private const string Parameters = """
        nyckel;värde
        år;2026
        ram;3 000 000
        grundtilldelning;400 000
        vikt_försörjningsmått;0,75
        vikt_invånare;25 %
        åldersgrupp;16–64
        max_minskning;0,10
        """;

    // Three units per association, SCB-style: Swedish headers, decimal comma, spaces as thousands separators,
    // an extra column that is ignored, and a national row that no area uses.
    private const string Units = """
        Kommunkod;Kommun;Försörjningsmått;Invånare 16-64;Ohälsa
        0001;Alfa;100,00;1 000;5
        0002;Beta;300;3 000;5
        0003;Gamma;150,5;1 500;5
        0004;Delta;149,5;1 500;5
        0005;Epsilon;200;2 000;5
        00;Riket;900;9 000;25
        """;

    private const string Associations = """
        Kod;Namn;Område;Föregående tilldelning;Eget kapital (prognos);Skäligt eget kapital;Begärt belopp
        A;Samordningsförbundet Alfa;0001|0002;;;;
        B;Samordningsförbundet Beta;0003 0004;;;;
        C;Samordningsförbundet Gamma;0005;1 000 000;;;
        """;

    [Fact]
    public void A_clean_set_is_read_aggregated_and_computes()
    {
        // Areas: A = 0001+0002 → F 400, P 4 000; B = 0003+0004 → F 300, P 3 000; C = 0005 → F 200, P 2 000.
        // That is the 1 200 000 / 1 000 000 / 800 000 model of the engine tests; C's floor 900 000 binds (d = 0.10), so
        // A = 1 145 455, B = 954 545, C = 900 000 as computed by hand there.
        var read = AllocationInputReader.Parse(Parameters, Units, Associations);

        Assert.True(read.IsSuccess, string.Join(Environment.NewLine, read.Errors));
        var input = read.Value;
        Assert.Equal(2026, input.Parameters.Year);
        Assert.Equal(Sek.FromKronor(3_000_000), input.Parameters.Frame);
        Assert.Equal(0.25m, input.Parameters.PopulationWeight);
        Assert.Equal(0.10m, input.Parameters.MaxYearlyDecrease);
        Assert.Equal([400m, 300m, 200m], input.Associations.Select(a => a.SupportMeasure));
        Assert.Equal([4_000L, 3_000L, 2_000L], input.Associations.Select(a => a.WorkingAgePopulation));
        Assert.Equal(["0003", "0004"], input.Areas[1].UnitCodes);

        var result = AllocationEngine.Compute(input.Parameters, input.Associations).ValueOrThrow();
        Assert.Equal([1_145_455L, 954_545L, 900_000L], result.Associations.Select(a => a.Amount.WholeKronor));
    }

    [Fact]
    public void Every_bad_row_in_every_file_is_reported_with_file_row_and_column()
    {
        const string parameters = """
            year;2026
            frame;tre miljoner
            colour;blue
            """;
        const string units = """
            Kommunkod;Kommun;Försörjningsmått;Invånare 16-64
            0001;Alfa;100;1000
            0002;Beta;-5;3000
            0003;Gamma;abc;1 500,5
            0004;Delta;10;100
            """;
        const string associations = """
            Kod;Namn;Område;Föregående tilldelning;Begärt belopp
            A;Alfa;0001;12,345;
            A;Dubblett;0004;;
            C;;;;-7
            """;

        var read = AllocationInputReader.Parse(parameters, units, associations);

        Assert.False(read.IsSuccess);
        var found = read.Errors.Select(e => (e.File, e.Row, e.Column)).ToList();
        (string, int?, string?)[] expected =
        [
            ("parameters.csv", 2, "värde"),
            ("parameters.csv", 3, "nyckel"),
            ("units.csv", 3, "Försörjningsmått"),
            ("units.csv", 4, "Försörjningsmått"),
            ("units.csv", 4, "Invånare 16-64"),
            ("associations.csv", 2, "Föregående tilldelning"),
            ("associations.csv", 3, "Kod"),
            ("associations.csv", 4, "Namn"),
            ("associations.csv", 4, "Område"),
            ("associations.csv", 4, "Begärt belopp"),
        ];
        Assert.Equal(expected, found);
        Assert.Contains("units.csv, rad 3, kolumn \"Försörjningsmått\"", read.Errors[2].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_and_shared_units_are_reported_on_the_association_rows()
    {
        const string associations = """
            Kod;Namn;Område
            A;Alfa;0001 0002
            B;Beta;0002
            C;Gamma;0099
            """;

        var read = AllocationInputReader.Parse(Parameters, Units, associations);

        Assert.Equal(
            [(3, AllocationErrorCodes.AreaUnitInSeveralAssociations), (4, AllocationErrorCodes.AreaUnknownUnit)],
            read.Errors.Select(e => (e.Row ?? 0, e.Code)));
        Assert.All(read.Errors, e => Assert.Equal(("associations.csv", "Område"), (e.File, e.Column)));
    }

    [Fact]
    public void Comma_separated_files_with_quoted_decimal_commas_and_thousand_kronor_headers_are_read()
    {
        const string units = """
            Code,Name,"Försörjningsmått, tkr",Befolkning 16–64 år
            0001,Alfa,"0,4",4000
            0002,Beta,"0,3",3000
            0003,Gamma,"0,2",2000
            """;
        const string associations = """
            code,name,area
            A,Alfa,0001
            B,Beta,0002
            C,Gamma,0003
            """;

        var read = AllocationInputReader.Parse("year,2026\nframe,3000000", units, associations);

        Assert.True(read.IsSuccess, string.Join(Environment.NewLine, read.Errors));
        Assert.Equal([400m, 300m, 200m], read.Value.Associations.Select(a => a.SupportMeasure));
    }

    [Fact]
    public void A_population_column_for_another_age_band_is_rejected()
    {
        var units = Units.Replace("Invånare 16-64", "Invånare 16-65", StringComparison.Ordinal);

        var read = AllocationInputReader.Parse(Parameters, units, Associations);

        var error = Assert.Single(read.Errors);
        Assert.Equal(CsvErrorCodes.AgeBandMismatch, error.Code);
        Assert.True(AllocationInputReader.Parse(Parameters.Replace("16–64", "16–65", StringComparison.Ordinal), units, Associations).IsSuccess);
    }

    [Fact]
    public void A_folder_with_windows_1252_files_is_read()
    {
        var folder = Directory.CreateTempSubdirectory("alloc-csv-");
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var latin = Encoding.GetEncoding(1252);
            File.WriteAllText(Path.Combine(folder.FullName, "parameters.csv"), Parameters, new UTF8Encoding(true));
            File.WriteAllBytes(Path.Combine(folder.FullName, "units.csv"), latin.GetBytes(Units));
            File.WriteAllBytes(Path.Combine(folder.FullName, "associations.csv"), latin.GetBytes(Associations));

            var read = AllocationInputReader.ReadFolder(folder.FullName);

            Assert.True(read.IsSuccess, string.Join(Environment.NewLine, read.Errors));
            Assert.Equal("Samordningsförbundet Gamma", read.Value.Associations[2].Name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Missing_files_are_all_reported()
    {
        var read = AllocationInputReader.ReadFolder(Path.Combine(Path.GetTempPath(), "finns-inte-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(["parameters.csv", "units.csv", "associations.csv"], read.Errors.Select(e => e.File));
        Assert.All(read.Errors, e => Assert.Equal(CsvErrorCodes.FileMissing, e.Code));
    }

    [Theory]
    [InlineData("1 234 567,89", "1234567.89")]
    [InlineData("1\u00A0234\u00A0567", "1234567")]
    [InlineData("1234567.89", "1234567.89")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("\u22125 kr", "-5")]
    [InlineData("0,75", "0.75")]
    public void Numbers_are_read_as_statistics_files_write_them(string text, string expected)
    {
        Assert.True(CsvText.TryParseDecimal(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2.3,4")]
    public void Text_that_is_not_a_number_is_rejected(string text) => Assert.False(CsvText.TryParseDecimal(text, out _));
}
