using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Allocation.Files;
using static Samordna.UnitTests.Allocation.Build;

namespace Samordna.UnitTests.Allocation;

public sealed class ResultCsvTests
{
    [Fact]
    public void The_result_file_round_trips_every_row()
    {
        // Covers all reasons: A equity cap, B decrease floor, C asked below its floor.
        var result = Computed(
            Parameters(3_000_000, maxDecrease: 0.10m),
            ThreeSimple(
                a: x => x with { PreviousAllocation = Money(1_500_000), ForecastEquity = Money(1_000_000) },
                b: x => x with { PreviousAllocation = Money(1_400_000), SupportMeasure = 300.55m },
                c: x => x with { PreviousAllocation = Money(1_000_000), AskedAmount = Money(300_000) }));

        var rows = AllocationResultCsv.Read(AllocationResultCsv.Write(result.Associations.Select(AllocationResultRow.From)));

        Assert.Equal(result.Associations.Select(AllocationResultRow.From), rows);
        Assert.Contains(rows, r => r.FloorReason == FloorReason.MaxYearlyDecrease);
        Assert.Contains(rows, r => r.CeilingReason == CeilingReason.EquityCap);
        Assert.Contains(rows, r => r.FloorReason == FloorReason.LoweredToAskedAmount);
    }

    [Fact]
    public void The_result_file_has_one_row_per_association_with_invariant_whole_kronor()
    {
        // The floor case: A = 1 145 455 (exact 1 145 454.545…), B = 954 545, C = 900 000 (had 1 000 000: −100 000, −10 %).
        var result = Computed(Parameters(3_000_000, maxDecrease: 0.10m), ThreeSimple(c: x => x with { PreviousAllocation = Money(1_000_000) }));

        var lines = AllocationResultCsv.ToCsv(result).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4, lines.Length);
        Assert.Equal(string.Join(';', AllocationResultCsv.Headers), lines[0]);
        Assert.Equal("A;Samordningsförbundet A;400;4000;1200000.00;400000.00;grundtilldelning;;;ingen;1145454.55;1145455;;;", lines[1]);
        Assert.Equal("C;Samordningsförbundet C;200;2000;800000.00;900000.00;minskningsskydd;;;golv;900000.00;900000;1000000.00;-100000;-10.00", lines[3]);
    }
}
