using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.UnitTests.Allocation;

public sealed class AreaAggregatorTests
{
    private static readonly UnitFigures[] Units =
    [
        new("0114", "Upplands Väsby", 1_000.50m, 30_000),
        new("0115", "Vallentuna", 500.25m, 20_000),
        new("0117", "Österåker", 250m, 25_000),
        new("0180-01", "Stockholm, Rinkeby-Kista", 2_000m, 40_000),
    ];

    [Fact]
    public void Unit_figures_are_summed_per_association_and_unused_units_are_ignored()
    {
        var result = AreaAggregator.Aggregate(Units, [new("SF1", ["0114", "0115"]), new("SF2", [" 0180-01 "])]);

        Assert.True(result.IsSuccess);
        Assert.Equal(new AreaTotals("SF1", 1_500.75m, 50_000), result.Totals[0]);
        Assert.Equal(new AreaTotals("SF2", 2_000m, 40_000), result.Totals[1]);
    }

    [Fact]
    public void Unknown_unit_codes_are_reported_for_every_association_that_names_one()
    {
        var result = AreaAggregator.Aggregate(Units, [new("SF1", ["0114", "9999"]), new("SF2", ["0115", "8888"])]);

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(AllocationErrorCodes.AreaUnknownUnit, e.Code));
        Assert.Equal([(0, "9999"), (1, "8888")], result.Errors.Select(e => (e.AssociationIndex, e.UnitCode!)));
        Assert.Contains("SF2", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Empty(result.Totals);
    }

    [Fact]
    public void A_unit_in_two_associations_is_an_error_naming_both()
    {
        var result = AreaAggregator.Aggregate(Units, [new("SF1", ["0114", "0117"]), new("SF2", ["0117"])]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(AllocationErrorCodes.AreaUnitInSeveralAssociations, error.Code);
        Assert.Equal(1, error.AssociationIndex);
        Assert.Contains("SF1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Österåker", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_areas_units_listed_twice_and_duplicate_unit_rows_are_errors()
    {
        UnitFigures[] units = [.. Units, new("0114", "Dubblett", 1m, 1)];

        var result = AreaAggregator.Aggregate(units, [new("SF1", []), new("SF2", ["0115", "0115"])]);

        Assert.Equal(
            [AllocationErrorCodes.AreaDuplicateUnit, AllocationErrorCodes.AreaEmpty, AllocationErrorCodes.AreaUnitListedTwice],
            result.Errors.Select(e => e.Code));
    }
}
