using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Allocation.Files;
using Samordna.Web.Features.Allocation.ImportDataSet;
using Samordna.Web.Features.Allocation.RunAllocation;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Files;

namespace Samordna.UnitTests.Allocation;

/// <summary>The pieces the application adds around the engine: Excel reading, the data set hash, tier text, the pure run calculator.</summary>
public sealed class AllocationFilesAndSnapshotsTests
{
    private static ImportDataSetRequest Request(byte[] content, string fileName = "statistik.csv") =>
        new(2025, "Test", "Test", "16–64", fileName, content);

    [Fact]
    public void An_Excel_sheet_with_a_title_row_is_read_like_the_CSV_and_errors_name_Excels_row_numbers()
    {
        // A title row (one filled cell), then the real header on row 2 and data from row 3.
        var workbook = TabularFile.WriteXlsx("Blad1", ["Titel", string.Empty], [["Kommunkod", "Kommun", "Försörjningsmått tkr", "Invånare 16-64"], ["0114", "Upplands Väsby", 1234.5m, 30000L], ["0115", "Vallentuna", "fel", 20000L]]);

        var units = ImportDataSetHandler.Parse(Request(workbook, "statistik.xlsx"), FileLimits.Default, out var problems);

        Assert.Null(units);
        Assert.Equal(["Rad 4, kolumn \"Försörjningsmått tkr\": \"fel\" är inte ett belopp som är 0 eller mer."], problems);
    }

    [Fact]
    public void A_clean_Excel_sheet_gives_units_in_whole_ore_with_their_source_rows()
    {
        var workbook = TabularFile.WriteXlsx("Blad1", ["Kommunkod", "Kommun", "Försörjningsmått tkr", "Invånare 16-64", "Ekonomiskt bistånd"], [["0114", "Upplands Väsby", 1234.5m, 30000L, 99.5m]]);

        var units = ImportDataSetHandler.Parse(Request(workbook, "statistik.xlsx"), FileLimits.Default, out var problems);

        Assert.Empty(problems);
        var unit = Assert.Single(units!);
        Assert.Equal(Sek.FromKronor(1_234_500L), unit.SupportMeasure);
        Assert.Equal(Sek.FromKronor(99.5m), unit.FinancialAssistance);
        Assert.Equal(2, unit.SourceRow);
    }

    [Fact]
    public void The_content_hash_depends_on_the_figures_not_on_the_order_or_the_file_format()
    {
        var csv = "Kommunkod;Kommun;Försörjningsmått;Invånare 16-64\n0115;Vallentuna;300;3 000\n0114;Upplands Väsby;100,50;1 000\n";
        var other = "Kod,Namn,Försörjningsmått (kr),Invånare 16–64\n0114,Upplands Väsby,100.5,1000\n0115,Vallentuna,\"300,00\",3000\n";
        var a = ImportDataSetHandler.Parse(Request(System.Text.Encoding.UTF8.GetBytes(csv)), FileLimits.Default, out _)!;
        var b = ImportDataSetHandler.Parse(Request(System.Text.Encoding.UTF8.GetBytes(other)), FileLimits.Default, out _)!;

        Assert.Equal(DataSetContent.Hash("16–64", a), DataSetContent.Hash("16–64", b));
        b[0].WorkingAgePopulation++;
        Assert.NotEqual(DataSetContent.Hash("16–64", a), DataSetContent.Hash("16–64", b));
        Assert.NotEqual(DataSetContent.Hash("16–64", a), DataSetContent.Hash("16–65", a));
    }

    [Theory]
    [InlineData("4 000 000:20 % | 8 000 000:15 % | *:10 %")]
    [InlineData("4000000:0.2|8000000:0.15|*:0.1")]
    public void Equity_tiers_read_and_write_in_both_forms(string text)
    {
        var tiers = EquityTiersText.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(EquityTier.IllustrativeDefaults, tiers);
        Assert.Equal(tiers, EquityTiersText.Parse(EquityTiersText.Format(tiers!), out _));
        Assert.Equal("4000000:0.2|8000000:0.15|*:0.1", EquityTiersText.Invariant(tiers!));
        Assert.Null(EquityTiersText.Parse("4 000 000:tjugo", out var bad));
        Assert.NotNull(bad);
    }

    [Fact]
    public void The_run_calculator_gives_identical_rows_from_identical_pinned_inputs()
    {
        var units = new List<AllocationDataSetUnit>
        {
            new() { Code = "0001", Name = "Ett", SupportMeasure = Sek.FromKronor(400), WorkingAgePopulation = 4_000 },
            new() { Code = "0002", Name = "Två", SupportMeasure = Sek.FromKronor(300), WorkingAgePopulation = 3_000 },
            new() { Code = "0003", Name = "Tre", SupportMeasure = Sek.FromKronor(200), WorkingAgePopulation = 2_000 },
        };
        var dataSet = new AllocationDataSet { Name = "Test", AgeBand = "16–64", ContentHash = DataSetContent.Hash("16–64", units) };
        var parameters = new ParameterSnapshot(2026, Sek.FromKronor(3_000_000), Sek.FromKronor(400_000), 0.75m, 0.25m, "16–64", 0.10m, 0.5m,
            ParameterSnapshot.Tiers(EquityTier.IllustrativeDefaults), true, new DateOnly(2026, 1, 1));
        AssociationSnapshot A(string code, string unit, long? previous, long? equity) =>
            new(Guid.NewGuid(), code, code, [unit], previous is { } p ? Sek.FromKronor(p) : null, PreviousAllocationSource.Entered, equity is { } e ? Sek.FromKronor(e) : null, null, null);
        var associations = new[] { A("A", "0001", 1_500_000, 1_000_000), A("B", "0002", 1_000_000, 150_000), A("C", "0003", 1_000_000, null) };

        var first = RunCalculator.Compute(parameters, dataSet, units, associations);
        var second = RunCalculator.Compute(SnapshotJson.Read<ParameterSnapshot>(SnapshotJson.Write(parameters)), dataSet, units,
            SnapshotJson.Read<List<AssociationSnapshot>>(SnapshotJson.Write(associations)));

        Assert.True(first.IsSuccess, first.Errors.Describe());
        Assert.Equal([1_000_000L, 1_100_000L, 900_000L], first.Rows.Select(r => r.Amount.WholeKronor));
        Assert.Equal(first.Rows.Select(r => (r.ExactAmount, r.ModelAmountExact, r.ExplanationJson)), second.Rows.Select(r => (r.ExactAmount, r.ModelAmountExact, r.ExplanationJson)));

        // Without the equity rule Alfa keeps its decrease protection (0.9 × 1 500 000), and the floors no longer fit in S.
        var withoutEquityRule = RunCalculator.Compute(parameters with { ApplyEquityRule = false }, dataSet, units, associations);
        Assert.Equal(AllocationErrorCodes.FloorsExceedFrame, withoutEquityRule.Errors[0].Code);
        Assert.Contains("A", withoutEquityRule.Errors.Subjects());

        units[0].WorkingAgePopulation++;
        var tampered = RunCalculator.Compute(parameters, dataSet, units, associations);
        Assert.Equal("ALLOCATION_DATA_SET_CHANGED", tampered.Errors[0].Code);
    }
}
