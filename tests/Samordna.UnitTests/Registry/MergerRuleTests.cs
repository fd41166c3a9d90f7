using Samordna.Web.Features.Registry.Rules;
using static Samordna.UnitTests.Registry.Members;

namespace Samordna.UnitTests.Registry;

/// <summary>Norra Bohuslän going up in Väst from 2015-01-01: the shape of the real 2015 merger.</summary>
public sealed class MergerRuleTests
{
    private static readonly DateOnly Merger = D(2015, 1, 1);

    private static readonly IReadOnlyList<MemberPeriod> NorraBohuslan =
        [Fk(D(2006, 4, 1)), Af(D(2006, 4, 1)), Region("R14", D(2006, 4, 1)), Municipality("1484", D(2006, 4, 1)), Municipality("1486", D(2006, 4, 1))];

    private static readonly IReadOnlyList<MemberPeriod> Vast =
        [Fk(D(2008, 1, 1)), Af(D(2008, 1, 1)), Region("R14", D(2008, 1, 1)), Municipality("1485", D(2008, 1, 1))];

    [Fact]
    public void The_absorbed_association_s_members_move_unless_they_already_are_members()
    {
        var plan = MergerRule.Plan(NorraBohuslan, Vast, Merger);

        Assert.Empty(plan.Problems);
        Assert.Equal(5, plan.Ending.Count);
        Assert.Equal(["1484", "1486"], plan.Moving.Select(m => m.Code).Order(StringComparer.Ordinal));
        Assert.All(plan.Moving, m => Assert.Equal(Merger, m.From));
        Assert.All(plan.Moving, m => Assert.Null(m.To));
    }

    [Fact]
    public void The_continuing_association_keeps_its_composition_after_the_merger()
    {
        var plan = MergerRule.Plan(NorraBohuslan, Vast, Merger);
        var after = Vast.Concat(plan.Moving).ToList();

        Assert.Null(CompositionRule.FirstGapAfterChange(after, D(2008, 1, 1), null, null, Merger));
        Assert.Equal(4, after.Count(m => m.CountsAsMunicipality || m.CountsAsRegion));
    }

    [Fact]
    public void A_pending_exit_moves_with_the_member()
    {
        IReadOnlyList<MemberPeriod> absorbed = [.. NorraBohuslan.Where(m => m.Code != "1486"), Municipality("1486", D(2006, 4, 1), D(2016, 6, 30))];

        var plan = MergerRule.Plan(absorbed, Vast, Merger);

        Assert.Equal(D(2016, 6, 30), plan.Moving.Single(m => m.Code == "1486").To);
    }

    [Fact]
    public void Memberships_starting_after_the_merger_in_the_absorbed_association_are_refused()
    {
        IReadOnlyList<MemberPeriod> absorbed = [.. NorraBohuslan, Municipality("1435", D(2015, 6, 1))];

        Assert.NotEmpty(MergerRule.Plan(absorbed, Vast, Merger).Problems);
    }
}
