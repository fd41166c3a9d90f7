using System.Text.RegularExpressions;
using Samordna.Web.Infrastructure.Files;

namespace Samordna.Web.Features.FollowUp.ImportParticipations;

/// <summary>The participant file's columns: the template the page offers, and how a heading is found again.</summary>
public static partial class ParticipationColumns
{
    public const string Code = "Kod";
    public const string Sex = "Kön";
    public const string BirthYear = "Födelseår";
    public const string StartDate = "Startdatum";
    public const string StartOccupation = "Sysselsättning vid start";
    public const string StartIncomes = "Försörjning vid start";
    public const string SupportTime = "Tid med offentlig försörjning före";
    public const string Education = "Utbildning";
    public const string EndDate = "Slutdatum";
    public const string ExitReason = "Avslutningsanledning";
    public const string EndOccupation = "Sysselsättning vid avslut";
    public const string EndIncomes = "Försörjning vid avslut";

    public static readonly string[] Template = [Code, Sex, BirthYear, StartDate, StartOccupation, StartIncomes, SupportTime, Education, EndDate, ExitReason, EndOccupation, EndIncomes];

    /// <summary>Columns that must be there; the end columns and the code may be left out of a file of new participants.</summary>
    public static readonly string[] Required = [Sex, BirthYear, StartDate, StartOccupation, StartIncomes, SupportTime, Education];

    private static readonly StringComparer Words = StringComparer.Create(SwedishCulture.Instance, ignoreCase: true);

    /// <summary>Whether a heading is one of the association's active extra questions (compared as the file's headings are).</summary>
    public static bool IsQuestionHeading(string heading, Questions.QuestionSet questions) =>
        questions.Questions.Any(q => !q.IsRetired && Words.Equals(q.Text, heading.Trim()));

    /// <summary>Whether a question's words would clash with a column of the template (its own or another active question's).</summary>
    public static bool ClashesWithTemplate(string text, Questions.QuestionSet questions) =>
        Template.Any(t => Words.Equals(t, text.Trim())) || IsQuestionHeading(text, questions);

    /// <summary>A heading that names something identifying or free: it makes the whole file refused.</summary>
    public static bool LooksLikeIdentifierHeading(string heading) => IdentifierHeading().IsMatch(heading);

    [GeneratedRegex("namn|name|person|pnr|personnr|samordningsnr|identitet|adress|address|postnummer|ort$|telefon|mobil|phone|e-?post|mail|kommentar|anteckning|fritext|notering", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierHeading();

    /// <summary>The template with a column per extra question the association asks (headed by the question, answered by an option's words).</summary>
    public static IReadOnlyList<string> TemplateWith(Questions.QuestionSet questions) =>
        [.. Template, .. questions.Questions.Where(q => !q.IsRetired).Select(q => q.Text)];

    /// <summary>
    /// Column index by heading; a missing required column or an unknown one is a problem (no column may carry anything
    /// else). The association's active extra questions are columns too, found by their words.
    /// </summary>
    public static Dictionary<string, int> Find(string[] header, List<FileProblem> problems, Questions.QuestionSet questions)
    {
        var template = TemplateWith(questions);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var heading = header[i].Trim();
            if (heading.Length == 0)
            {
                continue;
            }

            var known = template.FirstOrDefault(t => Words.Equals(t, heading));
            if (known is null)
            {
                problems.Add(new FileProblem(ImportParticipationsHandler.RowCode,
                    $"Kolumnen \"{Short(heading)}\" finns inte i mallen. Deltagarfilen får bara ha mallens kolumner: {string.Join(", ", template)}.", null, null));
            }
            else if (!found.TryAdd(known, i))
            {
                problems.Add(new FileProblem(ImportParticipationsHandler.RowCode, $"Kolumnen {known} finns två gånger.", null, null));
            }
        }

        foreach (var missing in Required.Where(r => !found.ContainsKey(r)))
        {
            problems.Add(new FileProblem(ImportParticipationsHandler.RowCode, $"Kolumnen {missing} saknas. Använd mallen från sidan.", null, null));
        }

        return found;
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
