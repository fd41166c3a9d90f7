using Samordna.Web.Features.Registry.NationalOverview;
using static Samordna.UnitTests.Registry.Members;

namespace Samordna.UnitTests.Registry;

public sealed class OverviewCalculatorTests
{
    private static readonly OverviewCounty[] Counties = [new("06", "Jönköpings län"), new("09", "Gotlands län"), new("14", "Västra Götalands län")];

    private static readonly OverviewMunicipality[] Municipalities =
    [
        new("0662", "Gislaved", "06"), new("0617", "Gnosjö", "06"), new("0683", "Värnamo", "06"), new("0680", "Jönköping", "06"),
        new("0980", "Gotland", "09"),
        new("1480", "Göteborg", "14"), new("1484", "Lysekil", "14"), new("1485", "Uddevalla", "14"),
    ];

    private static readonly OverviewAssociation Finnveden = new(Guid.NewGuid(), "finnveden", "Finnveden", D(2009, 1, 1), null);
    private static readonly OverviewAssociation NorraBohuslan = new(Guid.NewGuid(), "nb", "Norra Bohuslän", D(2006, 4, 1), D(2014, 12, 31));
    private static readonly OverviewAssociation Vast = new(Guid.NewGuid(), "vast", "Väst", D(2008, 1, 1), null);
    private static readonly OverviewAssociation Hisingen = new(Guid.NewGuid(), "hisingen", "Hisingen", D(2010, 1, 1), null);

    private static readonly OverviewMembership[] Memberships =
    [
        new(Finnveden.Id, "0662", D(2009, 1, 1), null), new(Finnveden.Id, "0617", D(2009, 1, 1), null), new(Finnveden.Id, "0683", D(2009, 1, 1), null),
        new(NorraBohuslan.Id, "1484", D(2006, 4, 1), D(2014, 12, 31)),
        new(Vast.Id, "1485", D(2008, 1, 1), null), new(Vast.Id, "1484", D(2015, 1, 1), null),
        // A district of Göteborg: Göteborg counts as inside.
        new(Hisingen.Id, "1480", D(2010, 1, 1), null),
    ];

    private static NationalOverviewResult On(DateOnly date) =>
        OverviewCalculator.Compute([Finnveden, NorraBohuslan, Vast, Hisingen], Memberships, Municipalities, Counties, date);

    [Fact]
    public void Counts_associations_members_and_municipalities_outside_on_the_date()
    {
        var o = On(D(2020, 1, 1));

        Assert.Equal(3, o.Associations);
        Assert.Equal(8, o.Municipalities);
        Assert.Equal(6, o.MemberMunicipalities);
        Assert.Equal(2, o.MunicipalitiesOutside);
        Assert.Equal(["Jönköping"], o.Counties.Single(c => c.CountyCode == "06").Outside);
        Assert.Equal(["Gotland"], o.Counties.Single(c => c.CountyCode == "09").Outside);
        Assert.Empty(o.Counties.Single(c => c.CountyCode == "14").Outside);
    }

    [Fact]
    public void Before_a_merger_the_absorbed_association_and_its_municipalities_count_where_they_were()
    {
        var before = On(D(2014, 12, 31));
        var after = On(D(2015, 1, 1));

        Assert.Equal(4, before.Associations);
        Assert.Contains(before.Coverage, c => c.Name == "Norra Bohuslän" && c.Municipalities.SequenceEqual(["Lysekil"]));
        Assert.Equal(3, after.Associations);
        Assert.Equal(["Lysekil", "Uddevalla"], after.Coverage.Single(c => c.Name == "Väst").Municipalities);
        Assert.Equal(before.MemberMunicipalities, after.MemberMunicipalities);
    }

    [Fact]
    public void The_yearly_series_starts_with_the_first_association_and_ends_on_the_date()
    {
        var years = On(D(2016, 6, 30)).Years;

        Assert.Equal(2006, years[0].Year);
        Assert.Equal(D(2006, 12, 31), years[0].Date);
        Assert.Equal((1, 1), (years[0].Associations, years[0].MemberMunicipalities));
        Assert.Equal(D(2016, 6, 30), years[^1].Date);
        Assert.Equal((4, 6), (years.Single(y => y.Year == 2014).Associations, years.Single(y => y.Year == 2014).MemberMunicipalities));
        Assert.Equal((3, 6), (years.Single(y => y.Year == 2015).Associations, years.Single(y => y.Year == 2015).MemberMunicipalities));
    }
}
