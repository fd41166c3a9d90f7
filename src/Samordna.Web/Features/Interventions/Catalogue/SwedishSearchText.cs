using System.Text;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Samordna.Web.Features.Interventions.Catalogue;

/// <summary>
/// Turns Swedish text into the words the full-text index holds, the same way for what is stored and what is asked,
/// on both databases (docs/adr/0013): split into words of letters and digits, lower-case them (å, ä and ö stay
/// letters of their own), drop common Swedish stop words, and reduce each word to its Snowball Swedish stem. Snowball
/// leaves the neuter definite ending "-et" alone ("arbetet" stays while "arbete" and "arbeten" become "arbet"), so one
/// rule of our own follows it: a trailing "et" is taken off while at least three letters remain. Then "arbete",
/// "arbetet" and "arbeten" all become "arb", and the rule is applied to stored and asked words alike.
/// </summary>
public static class SwedishSearchText
{
    private static readonly CultureInfo Swedish = Domain.SwedishCulture.Instance;

    // The Snowball stemmer keeps state between calls, so each thread has its own.
    private static readonly ThreadLocal<SwedishStemmer> Stemmer = new(() => new SwedishStemmer());

    private static readonly HashSet<string> StopWords = LoadStopWords();

    /// <summary>The longest word kept; longer runs of letters are not words anyone searches for.</summary>
    public const int MaxWordLength = 40;

    /// <summary>The stemmed words of <paramref name="text"/> in order, without stop words (duplicates kept).</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }

            Flush(current, words);
        }

        Flush(current, words);
        return words;
    }

    /// <summary>The text to store in the index: the distinct stems separated by spaces.</summary>
    public static string IndexTerms(params string?[] texts) =>
        string.Join(' ', texts.SelectMany(Words).Distinct(StringComparer.Ordinal));

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0)
        {
            return;
        }

        var word = current.ToString().ToLower(Swedish);
        current.Clear();
        if (word.Length > MaxWordLength || StopWords.Contains(word))
        {
            return;
        }

        words.Add(Stem(word));
    }

    public static string Stem(string word)
    {
        var stemmer = Stemmer.Value!;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        var stem = stemmer.Current;
        while (stem.Length >= 5 && stem.EndsWith("et", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }

        return stem;
    }

    private static HashSet<string> LoadStopWords()
    {
        return new HashSet<string>(SwedishAnalyzer.DefaultStopSet, StringComparer.Ordinal);
    }
}
