using Samordna.Web.Features.Registry.NationalOverview;
using static Samordna.UnitTests.Registry.Members;

namespace Samordna.UnitTests.Registry;

/// <summary>"Vilket samordningsförbund hör min kommun till?": matching names as people type them, and every odd question answered.</summary>
public sealed class MunicipalitySearchTests
{
    private static readonly DateOnly AsOf = D(2026, 6, 1);

    private static readonly OverviewCounty[] Counties = [new("01", "Stockholms län"), new("06", "Jönköpings län"), new("07", "Kronobergs län"), new("14", "Västra Götalands län")];

    private static readonly OverviewMunicipality[] Municipalities =
    [
        new("0662", "Gislaved", "06"), new("0617", "Gnosjö", "06"), new("0683", "Värnamo", "06"), new("0680", "Jönköping", "06"),
        new("0780", "Växjö", "07"), new("0139", "Upplands-Bro", "01"), new("0114", "Upplands Väsby", "01"),
        new("1480", "Göteborg", "14"), new("1485", "Uddevalla", "14"), new("1484", "Lysekil", "14"),
    ];

    private static readonly OverviewAssociation Finnveden = new(Guid.NewGuid(), "finnveden", "Finnvedens samordningsförbund", D(2009, 1, 1), null);
    private static readonly OverviewAssociation Hisingen = new(Guid.NewGuid(), "hisingen", "Samordningsförbundet Göteborg Hisingen", D(2010, 1, 1), null);
    private static readonly OverviewAssociation Centrum = new(Guid.NewGuid(), "centrum", "Samordningsförbundet Centrala Göteborg", D(2010, 1, 1), null);
    private static readonly OverviewAssociation Ended = new(Guid.NewGuid(), "nb", "Norra Bohuslän", D(2006, 4, 1), D(2014, 12, 31));

    private static readonly OverviewMembership[] Memberships =
    [
        new(Finnveden.Id, "0662", D(2009, 1, 1), null), new(Finnveden.Id, "0617", D(2009, 1, 1), null), new(Finnveden.Id, "0683", D(2009, 1, 1), null),
        // Two districts of Göteborg in two associations: Göteborg belongs to both.
        new(Hisingen.Id, "1480", D(2010, 1, 1), null), new(Centrum.Id, "1480", D(2010, 1, 1), null),
        // Lysekil was in an association that has ended, and Uddevalla left before the date.
        new(Ended.Id, "1484", D(2006, 4, 1), D(2014, 12, 31)), new(Finnveden.Id, "1485", D(2009, 1, 1), D(2026, 5, 31)),
    ];

    private static readonly IReadOnlyList<MunicipalityEntry> Index =
        MunicipalitySearch.Index([Finnveden, Hisingen, Centrum, Ended], Memberships, Municipalities, Counties, AsOf);

    private static MunicipalitySearchResult Search(string? query) => MunicipalitySearch.Search(query, Index, AsOf);

    private static string Names(MunicipalitySearchResult r) => string.Join(", ", r.Matches.Select(m => m.Name));

    [Theory]
    [InlineData("Värnamo")]
    [InlineData("värnamo")]
    [InlineData("VÄRNAMO")]
    [InlineData("  värnamo ")]
    [InlineData("Värnamo kommun")]
    [InlineData("Värnamos kommun")]
    [InlineData("rnam")]
    public void A_name_is_found_whatever_the_case_and_with_or_without_kommun_and_links_to_its_association(string query)
    {
        var r = Search(query);

        var hit = Assert.Single(r.Matches);
        Assert.Null(r.Problem);
        Assert.False(r.Approximate);
        Assert.Equal("Värnamo", hit.Name);
        Assert.Equal("Jönköpings län", hit.CountyName);
        Assert.Equal(Finnveden.Id, Assert.Single(hit.Associations).Id);
    }

    [Fact]
    public void A_part_of_several_names_lists_them_all_in_Swedish_order()
    {
        Assert.Equal("Gnosjö, Göteborg, Jönköping, Växjö", Names(Search("ö")));
        Assert.Equal(["Upplands Väsby", "Upplands-Bro"], Search("upplands").Matches.Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.Equal(5, Search("a").Total);
    }

    [Fact]
    public void The_whole_name_comes_before_names_that_start_with_it_and_those_before_names_that_contain_it()
    {
        var index = MunicipalitySearch.Index([], [], [new("1", "Ås", "01"), new("2", "Åsele", "01"), new("3", "Kås", "01")], Counties, AsOf);

        Assert.Equal(["Ås", "Åsele", "Kås"], MunicipalitySearch.Search("ås", index, AsOf).Matches.Select(m => m.Name));
    }

    [Theory]
    [InlineData("Upplands Bro")]
    [InlineData("upplands-bro")]
    [InlineData("Upplands –  Bro")]
    public void A_hyphen_a_dash_and_spaces_are_the_same(string query) =>
        Assert.Equal("Upplands-Bro", Assert.Single(Search(query).Matches).Name);

    [Fact]
    public void Å_ä_and_ö_are_letters_of_their_own_and_only_when_nothing_matches_are_they_read_as_a_and_o()
    {
        var exact = Search("vä");
        var folded = Search("Vaxjo");

        Assert.Equal("Värnamo, Växjö, Upplands Väsby", Names(exact));
        Assert.False(exact.Approximate);
        Assert.Equal("Växjö", Assert.Single(folded.Matches).Name);
        Assert.True(folded.Approximate);
        Assert.Equal("Gnosjö, Göteborg, Jönköping, Växjö", Names(Search("ö")));
        Assert.DoesNotContain(Search("o").Matches, m => m.Name == "Växjö");
    }

    [Fact]
    public void A_municipality_whose_districts_are_in_two_associations_belongs_to_both()
    {
        var hit = Assert.Single(Search("göteborg").Matches);

        Assert.Equal(["Samordningsförbundet Centrala Göteborg", "Samordningsförbundet Göteborg Hisingen"], hit.Associations.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Lysekil")]
    [InlineData("Uddevalla")]
    [InlineData("Jönköping")]
    public void A_municipality_outside_every_association_on_the_date_is_found_with_none(string name)
    {
        var hit = Assert.Single(Search(name).Matches);

        Assert.Empty(hit.Associations);
    }

    [Fact]
    public void The_day_a_membership_ends_it_still_counts_and_the_day_after_it_does_not()
    {
        var lastDay = MunicipalitySearch.Index([Finnveden], Memberships, Municipalities, Counties, D(2026, 5, 31));
        var dayAfter = MunicipalitySearch.Index([Finnveden], Memberships, Municipalities, Counties, D(2026, 6, 1));

        Assert.Single(lastDay.Single(m => m.Name == "Uddevalla").Associations);
        Assert.Empty(dayAfter.Single(m => m.Name == "Uddevalla").Associations);
    }

    [Fact]
    public void No_match_is_an_answer_without_a_problem()
    {
        var r = Search("Atlantis");

        Assert.Null(r.Problem);
        Assert.Empty(r.Matches);
        Assert.Equal(0, r.Total);
        Assert.Equal("Atlantis", r.Query);
    }

    [Theory]
    [InlineData("", "Skriv namnet på kommunen")]
    [InlineData("   ", "Skriv namnet på kommunen")]
    [InlineData(null, "Skriv namnet på kommunen")]
    [InlineData("%%%", "med bokstäver")]
    [InlineData("' OR 1=1 --", null)]
    [InlineData("<script>alert(1)</script>", null)]
    [InlineData("12345", "med bokstäver")]
    [InlineData("\u0000\u200b", "med bokstäver")]
    public void An_empty_or_odd_question_gets_a_clear_answer_and_never_an_exception(string? query, string? problem)
    {
        var r = Search(query);

        Assert.Empty(r.Matches);
        if (problem is null)
        {
            Assert.Null(r.Problem);
        }
        else
        {
            Assert.Contains(problem, r.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_question_longer_than_50_characters_is_refused_with_the_limit_and_50_are_asked()
    {
        var tooLong = Search(new string('å', 200));
        var fifty = Search(new string('a', 50));

        Assert.Contains("högst 50 tecken", tooLong.Problem, StringComparison.Ordinal);
        Assert.Empty(tooLong.Matches);
        Assert.Null(fifty.Problem);
    }

    [Fact]
    public void At_most_20_municipalities_are_listed_and_the_total_is_told()
    {
        var many = Enumerable.Range(1, 25).Select(i => new OverviewMunicipality($"{i:0000}", $"Ort{i:00}", "01")).ToList();
        var index = MunicipalitySearch.Index([], [], many, Counties, AsOf);

        var r = MunicipalitySearch.Search("ort", index, AsOf);

        Assert.Equal(20, r.Matches.Count);
        Assert.Equal(25, r.Total);
        Assert.True(r.HasMore);
        Assert.Equal("Ort01", r.Matches[0].Name);
    }
}
