using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Questions;
using Samordna.Web.Features.Interventions;

namespace Samordna.Web.Features.FollowUp.RecordParticipation;

/// <summary>What the participation forms post: coded values only (no free text exists to post).</summary>
public sealed class ParticipationInput
{
    public Guid? InterventionId { get; set; }

    public Sex? Sex { get; set; }

    public string? BirthYear { get; set; }

    public string? StartDate { get; set; }

    public string? StartOccupation { get; set; }

    public List<string> StartIncomes { get; set; } = [];

    public string? SupportTimeBefore { get; set; }

    public string? EducationLevel { get; set; }

    public string? EndDate { get; set; }

    public string? EndOccupation { get; set; }

    public List<string> EndIncomes { get; set; } = [];

    public string? ExitReason { get; set; }

    public long? Version { get; set; }

    /// <summary>The chosen option per extra question (<c>Input.Answers[questionId]</c>); blank is unanswered.</summary>
    public Dictionary<Guid, Guid?> Answers { get; set; } = [];

    /// <summary>The answers as the handler takes them: every question of the form answered or not (blank clears an answer).</summary>
    public IReadOnlyList<AnswerInput> AnswerInputs() =>
        Answers.Where(a => a.Value is not null).Select(a => new AnswerInput(a.Key, a.Value)).ToList();
}

/// <summary>The extra questions of one phase on a participation form (<c>_Answers.cshtml</c>).</summary>
public sealed record AnswerFields(ParticipationPage Page, ParticipationPhase Phase);

/// <summary>
/// What the participant officer's pages share: the officer as <see cref="FollowUpActor"/>, the code lists, and the
/// one reading of the form's text fields (birth year and dates).
/// </summary>
public abstract class ParticipationPage(RecordParticipationHandler handler, FollowUpActors actors, IOptions<FollowUpOptions> options) : PageModel
{
    [BindProperty]
    public ParticipationInput Input { get; set; } = new();

    public Guid AssociationId { get; protected set; }

    public FollowUpOptions Options => options.Value;

    protected RecordParticipationHandler Handler => handler;

    protected Task<FollowUpActor> ActorAsync(CancellationToken ct) => actors.ForAsync(AssociationId, ct);

    /// <summary>The association's extra questions (loaded with the page).</summary>
    public QuestionSet Questions { get; private set; } = QuestionSet.Empty;

    /// <summary>The questions already answered on the record shown, so a retired one it answers is still offered.</summary>
    public IReadOnlyCollection<Guid> AnsweredQuestions { get; protected set; } = [];

    protected async Task LoadQuestionsAsync(CancellationToken ct) => Questions = await Handler.QuestionsAsync(AssociationId, ct);

    public IReadOnlyList<SelectListItem> Sexes { get; } =
        [new("Välj", string.Empty), new("Kvinna", nameof(Sex.Female)), new("Man", nameof(Sex.Male))];

    public static IReadOnlyList<SelectListItem> Choose(IEnumerable<CodeOption> options, string? selected) =>
        [new("Välj", string.Empty), .. options.Select(o => new SelectListItem(o.Name, o.Code, o.Code == selected))];

    public IReadOnlyList<SelectListItem> Occupations(string? selected) =>
        Choose(Options.Occupations.Select(o => new CodeOption { Code = o.Code, Name = o.Name }), selected);

    /// <summary>Reads birth year and dates; what cannot be read is reported on its field and is null.</summary>
    protected (int? BirthYear, DateOnly? Start, DateOnly? End) ReadText(ValidationErrors errors)
    {
        int? birthYear = null;
        if (!string.IsNullOrWhiteSpace(Input.BirthYear))
        {
            if (int.TryParse(Input.BirthYear.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && Input.BirthYear.Trim().Length == 4)
            {
                birthYear = y;
            }
            else
            {
                errors.Add("birthYear", "Födelseår ska skrivas med fyra siffror, till exempel 1990.");
            }
        }

        var start = FormFields.Date(errors, "startDate", "Startdatum", Input.StartDate);
        var end = FormFields.Date(errors, "endDate", "Slutdatum", Input.EndDate);
        return (birthYear, start, end);
    }

    public static string Name(IEnumerable<CodeOption> options, string? code) =>
        code is null ? "–" : options.FirstOrDefault(o => o.Code == code)?.Name ?? code;

    public string OccupationName(string? code) =>
        code is null ? "–" : Options.Occupations.FirstOrDefault(o => o.Code == code)?.Name ?? code;

    public static string SexName(Sex sex) => sex == Sex.Female ? "Kvinna" : "Man";

}
