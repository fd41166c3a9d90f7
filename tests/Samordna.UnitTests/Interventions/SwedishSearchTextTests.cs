using Samordna.Web.Features.Interventions.Catalogue;

namespace Samordna.UnitTests.Interventions;

public sealed class SwedishSearchTextTests
{
    [Theory]
    [InlineData("arbete", "arbetet")]
    [InlineData("arbete", "arbeten")]
    [InlineData("Arbete", "ARBETET")]
    [InlineData("ung", "unga")]
    [InlineData("samhället", "samhälle")]
    [InlineData("kvalitet", "kvaliteten")]
    [InlineData("Förrehabilitering", "förrehabiliteringen")]
    public void Inflected_forms_and_mixed_case_reduce_to_the_same_stem(string a, string b)
    {
        Assert.Equal(SwedishSearchText.Words(a), SwedishSearchText.Words(b));
    }

    [Theory]
    [InlineData("får", "far")]
    [InlineData("hälsa", "halsa")]
    [InlineData("öra", "ora")]
    public void Å_ä_and_ö_are_letters_of_their_own(string swedish, string folded)
    {
        Assert.NotEqual(SwedishSearchText.Words(swedish), SwedishSearchText.Words(folded));
        Assert.Contains(SwedishSearchText.Words(swedish).Single(), w => w is 'å' or 'ä' or 'ö');
    }

    [Fact]
    public void Stop_words_and_punctuation_are_dropped_and_the_index_terms_are_distinct()
    {
        Assert.Equal(["ung", "arb"], SwedishSearchText.Words("Unga och arbete!"));
        Assert.Equal("ung arb", SwedishSearchText.IndexTerms("Unga till arbete", "ung, arbetet"));
        Assert.Empty(SwedishSearchText.Words("  och i för  "));
        Assert.Empty(SwedishSearchText.Words(null));
    }

    [Fact]
    public void Words_longer_than_anyone_searches_for_are_not_indexed()
    {
        Assert.Empty(SwedishSearchText.Words(new string('a', SwedishSearchText.MaxWordLength + 1)));
    }
}
