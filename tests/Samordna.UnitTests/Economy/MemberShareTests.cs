using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Economy.Members;

namespace Samordna.UnitTests.Economy;

/// <summary>A member's part of the intervention costs: split by contributions in whole öre, largest remainder, summing exactly.</summary>
public sealed class MemberShareTests
{
    private static ContributionLine Line(string code, long kronor) =>
        new() { Code = code, OrganisationId = Guid.NewGuid(), Amount = Sek.FromKronor(kronor), Kind = ContributionLineKind.Municipality };

    /// <summary>
    /// 1,00 kr over three equal contributions: 33⅓ öre each, floors 33 + 33 + 33 = 99, the öre left goes to the tie
    /// broken by code (A): 34, 33, 33.
    /// </summary>
    [Fact]
    public void Equal_contributions_split_one_krona_with_the_odd_ore_to_the_first_code()
    {
        var lines = new[] { Line("B", 100), Line("A", 100), Line("C", 100) };
        Assert.Equal([33, 34, 33], lines.Select(l => MemberReportReader.ShareOf(Sek.FromKronor(1), lines, l.OrganisationId!.Value).Ore));
    }

    /// <summary>
    /// 133 456,79 kr over contributions 500 000 / 250 000 / 250 000 (½, ¼, ¼): exact 6 672 839,5 / 3 336 419,75 /
    /// 3 336 419,75 öre; floors 6 672 839 + 3 336 419 + 3 336 419 = 13 345 677, two öre left, to the largest remainders
    /// (0,75 and 0,75: B and C): 6 672 839, 3 336 420, 3 336 420 = 13 345 679.
    /// </summary>
    [Fact]
    public void Shares_of_the_costs_are_hand_computed_and_sum_exactly()
    {
        var lines = new[] { Line("A", 500_000), Line("B", 250_000), Line("C", 250_000) };
        var costs = new Sek(13_345_679);
        var parts = lines.Select(l => MemberReportReader.ShareOf(costs, lines, l.OrganisationId!.Value).Ore).ToList();
        Assert.Equal([6_672_839L, 3_336_420L, 3_336_420L], parts);
        Assert.Equal(costs.Ore, parts.Sum());
    }

    [Fact]
    public void Negative_costs_are_split_as_their_opposite()
    {
        var lines = new[] { Line("A", 1), Line("B", 2) };
        Assert.Equal(-Sek.FromKronor(2), MemberReportReader.ShareOf(-Sek.FromKronor(3), lines, lines[1].OrganisationId!.Value));
    }
}
