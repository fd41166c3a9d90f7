using Samordna.Web.Features.FollowUp.Data;

namespace Samordna.Web.Features.FollowUp.RecordParticipation;

/// <summary>One participation for its own officer: the values, exit (utregistrering), correction with history kept.</summary>
[RequirePermission(FollowUpPermissions.Record)]
public sealed class RecordModel(RecordParticipationHandler handler, FollowUpActors actors, IOptions<FollowUpOptions> options)
    : ParticipationPage(handler, actors, options), IFormWithLists
{
    public ParticipationView Record { get; private set; } = null!;

    public string InterventionName { get; private set; } = string.Empty;

    public Guid InterventionId { get; private set; }

    public IReadOnlyList<ParticipationRevision> History { get; private set; } = [];

    private Guid _participationId;

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid participationId, CancellationToken ct)
    {
        AssociationId = associationId;
        _participationId = participationId;
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Fill();
        return Page();
    }

    /// <summary>Utregistrering.</summary>
    public async Task<IActionResult> OnPostExitAsync(Guid associationId, Guid participationId, CancellationToken ct)
    {
        AssociationId = associationId;
        _participationId = participationId;
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var (_, _, end) = ReadText(errors);
        var request = new ExitRequest(end, Input.EndOccupation, Input.EndIncomes, Input.ExitReason, Input.Version, Input.AnswerInputs());
        var actor = await ActorAsync(ct);
        return await this.SubmitAsync(
                   errors.Merge(Handler.Validate(request, Record.StartDate)),
                   () => Handler.ExitAsync(associationId, participationId, request, actor, ct),
                   saved => (NewModel.Saved(saved, "Deltagandet är avslutat"), $"/forbund/{associationId}/deltagare/{saved.Id}"),
                   map: field => field == "answers" ? "Input.AnswersEnd" : FormErrors.Key(field))
               ?? Page();
    }

    /// <summary>Rättelse: every field; the earlier values are kept as a revision.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(Guid associationId, Guid participationId, CancellationToken ct)
    {
        AssociationId = associationId;
        _participationId = participationId;
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var (birthYear, start, end) = ReadText(errors);
        var request = new CorrectRequest(Input.Sex, birthYear, start, Input.StartOccupation, Input.StartIncomes, Input.SupportTimeBefore, Input.EducationLevel,
            end, Input.EndOccupation, Input.EndIncomes, Input.ExitReason, Input.Version, Input.AnswerInputs());
        var actor = await ActorAsync(ct);
        return await this.SubmitAsync(
                   errors.Merge(Handler.Validate(request)),
                   () => Handler.CorrectAsync(associationId, participationId, request, actor, ct),
                   saved => (NewModel.Saved(saved, "Rättelsen är sparad för deltagandet"), $"/forbund/{associationId}/deltagare/{saved.Id}"))
               ?? Page();
    }

    /// <summary>A kept revision in words: the values it had.</summary>
    public string Describe(ParticipationRevision h)
    {
        string Incomes(ParticipationPhase phase) => string.Join(", ", h.Incomes.Where(i => i.Phase == phase).Select(i => Name(Options.IncomeSources, i.Code)));
        var parts = new List<string>
        {
            SexName(h.Sex), $"född {h.BirthYear.ToString(CultureInfo.InvariantCulture)}", $"start {SwedishCulture.Date(h.StartDate)}",
            OccupationName(h.StartOccupation), Incomes(ParticipationPhase.Start), Name(Options.SupportTimes, h.SupportTimeBefore), Name(Options.EducationLevels, h.EducationLevel),
        };
        if (h.EndDate is { } end)
        {
            parts.AddRange([$"slut {SwedishCulture.Date(end)}", Name(Options.ExitReasons, h.ExitReason), OccupationName(h.EndOccupation), Incomes(ParticipationPhase.End)]);
        }

        parts.AddRange(Questions.Describe(h.Answers.Select(a => new ParticipationAnswer { QuestionId = a.QuestionId, OptionId = a.OptionId })).Select(a => $"{a.Question} {a.Option}"));

        return string.Join("; ", parts.Where(p => p.Length > 0));
    }

    public async Task LoadListsAsync(CancellationToken ct) => await LoadAsync(ct);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = await ActorAsync(ct);
        var record = await Handler.GetAsync(AssociationId, _participationId, actor, ct);
        if (record is null)
        {
            return false;
        }

        Record = record;
        var intervention = await Handler.InterventionOfAsync(AssociationId, record.Id, ct);
        InterventionId = intervention.Id;
        InterventionName = intervention.Name;
        History = await Handler.HistoryAsync(AssociationId, _participationId, actor, ct) ?? [];
        AnsweredQuestions = record.Answers.Select(a => a.QuestionId).ToHashSet();
        await LoadQuestionsAsync(ct);
        return true;
    }

    private void Fill()
    {
        var r = Record;
        Input = new ParticipationInput
        {
            Sex = r.Sex,
            BirthYear = r.BirthYear.ToString(CultureInfo.InvariantCulture),
            StartDate = FormFields.Text(r.StartDate),
            StartOccupation = r.StartOccupation,
            StartIncomes = [.. r.StartIncomes],
            SupportTimeBefore = r.SupportTimeBefore,
            EducationLevel = r.EducationLevel,
            EndDate = FormFields.Text(r.EndDate),
            EndOccupation = r.EndOccupation,
            EndIncomes = [.. r.EndIncomes],
            ExitReason = r.ExitReason,
            Version = r.Version,
            Answers = r.Answers.ToDictionary(a => a.QuestionId, a => (Guid?)a.OptionId),
        };
    }
}
