using Samordna.Web.Features.FollowUp.Data;

namespace Samordna.Web.Features.FollowUp.Questions;

/// <summary>A new extra question: its words, when it is asked, and its closed options in order.</summary>
public sealed record CreateQuestionRequest(string? Text, ParticipationPhase? Phase, IReadOnlyList<string>? Options);

/// <summary>Retire a question (it is no longer asked; its answers stay in the reports).</summary>
public sealed record RetireQuestionRequest(long? Version);

/// <summary>A question as the office and the participant officers read it.</summary>
public sealed record QuestionView(Guid Id, string Text, ParticipationPhase Phase, bool IsRetired, IReadOnlyList<QuestionOptionView> Options, long Version);

public sealed record QuestionOptionView(Guid Id, string Text);

/// <summary>The option chosen for one extra question on a participation (leave a question out to leave it unanswered).</summary>
public sealed record AnswerInput(Guid? QuestionId, Guid? OptionId);

/// <summary>The office's extra questions: listed, added with their options, retired. Nothing else changes a question.</summary>
public sealed class FollowUpQuestionsHandler(AppDbContext db, TimeProvider clock)
{
    public static ValidationErrors Validate(CreateQuestionRequest r)
    {
        var errors = new ValidationErrors()
            .RequiredText("text", "Frågan", r.Text, FollowUpQuestion.MaxTextLength);
        errors.Required("phase", "När frågan ställs", r.Phase);
        if (r.Phase is { } phase && !Enum.IsDefined(phase))
        {
            errors.Add("phase", "När frågan ställs måste vara vid start eller vid avslut.");
        }

        var options = (r.Options ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).ToList();
        if (options.Count is < FollowUpQuestion.MinOptions or > FollowUpQuestion.MaxOptions)
        {
            errors.Add("options", $"Ange mellan {FollowUpQuestion.MinOptions} och {FollowUpQuestion.MaxOptions} svarsalternativ, ett per rad.");
            return errors;
        }

        for (var i = 0; i < options.Count; i++)
        {
            errors.FreeText("options", $"Svarsalternativ {i + 1}", options[i], FollowUpQuestion.MaxOptionLength);
        }

        errors.Check(options.Distinct(StringComparer.OrdinalIgnoreCase).Count() == options.Count, "options", "Två svarsalternativ har samma text.");
        return errors;
    }

    public async Task<IReadOnlyList<QuestionView>> ListAsync(Guid associationId, bool includeRetired, CancellationToken ct) =>
        (await QuestionSet.LoadAsync(db, associationId, ct)).Questions
            .Where(q => includeRetired || !q.IsRetired)
            .Select(View)
            .ToList();

    public async Task<Result<QuestionView>> CreateAsync(Guid associationId, CreateQuestionRequest r, CancellationToken ct)
    {
        if (await db.Set<FollowUpQuestion>().CountAsync(q => q.AssociationId == associationId && !q.IsRetired, ct) >= FollowUpQuestion.MaxActive)
        {
            return FollowUpErrors.TooManyQuestions;
        }

        // Each question is a column of the participant file, headed by its words: they must differ from every other column.
        if (ImportParticipations.ParticipationColumns.ClashesWithTemplate(r.Text!, await QuestionSet.LoadAsync(db, associationId, ct)))
        {
            return FollowUpErrors.QuestionClashes;
        }

        var question = new FollowUpQuestion
        {
            AssociationId = associationId,
            Text = r.Text!.Trim(),
            Phase = r.Phase!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        question.Options = r.Options!.Where(o => !string.IsNullOrWhiteSpace(o))
            .Select((o, i) => new FollowUpQuestionOption { AssociationId = associationId, QuestionId = question.Id, Text = o.Trim(), SortOrder = i })
            .ToList();
        db.Add(question);
        await db.SaveChangesAsync(ct);
        return View(question);
    }

    public async Task<Result<QuestionView>> RetireAsync(Guid associationId, Guid questionId, RetireQuestionRequest r, CancellationToken ct)
    {
        var question = await db.Set<FollowUpQuestion>().Include(q => q.Options).FirstOrDefaultAsync(q => q.Id == questionId && q.AssociationId == associationId, ct);
        if (question is null)
        {
            return FollowUpErrors.QuestionNotFound;
        }

        db.ExpectVersion(question, r.Version!.Value);
        if (!question.IsRetired)
        {
            question.IsRetired = true;
            await db.SaveChangesAsync(ct);
        }

        return View(question);
    }

    private static QuestionView View(FollowUpQuestion q) =>
        new(q.Id, q.Text, q.Phase, q.IsRetired, q.Options.OrderBy(o => o.SortOrder).Select(o => new QuestionOptionView(o.Id, o.Text)).ToList(), q.Version);
}

/// <summary>
/// An association's extra questions with their options, read once per request: the one check of the answers a form,
/// the API or a correction gives, and what puts them on a record.
/// </summary>
public sealed class QuestionSet
{
    private readonly Dictionary<Guid, FollowUpQuestion> _byId;

    private QuestionSet(List<FollowUpQuestion> questions)
    {
        Questions = questions;
        _byId = questions.ToDictionary(q => q.Id);
    }

    /// <summary>Every question, oldest first, options in order.</summary>
    public IReadOnlyList<FollowUpQuestion> Questions { get; }

    public static QuestionSet Empty { get; } = new([]);

    public static async Task<QuestionSet> LoadAsync(AppDbContext db, Guid associationId, CancellationToken ct)
    {
        var questions = await db.Set<FollowUpQuestion>().AsNoTracking().Include(q => q.Options)
            .Where(q => q.AssociationId == associationId)
            .OrderBy(q => q.CreatedAt).ThenBy(q => q.Id)
            .ToListAsync(ct);
        foreach (var q in questions)
        {
            q.Options.Sort((a, b) => a.SortOrder.CompareTo(b.SortOrder));
        }

        return new QuestionSet(questions);
    }

    /// <summary>The questions a form asks in a phase: the active ones, and a retired one the record already answers.</summary>
    public IEnumerable<FollowUpQuestion> Asked(ParticipationPhase phase, IEnumerable<Guid>? answeredQuestions = null)
    {
        var answered = answeredQuestions?.ToHashSet() ?? [];
        return Questions.Where(q => q.Phase == phase && (!q.IsRetired || answered.Contains(q.Id)));
    }

    /// <summary>
    /// Checks answers given for the <paramref name="phases"/>: each names a question of the association asked then, at
    /// most once, and one of that question's own options. A retired question may keep the answer the record has.
    /// </summary>
    public ValidationErrors Check(IReadOnlyList<AnswerInput>? answers, IReadOnlyCollection<ParticipationPhase> phases, IEnumerable<ParticipationAnswer>? existing = null)
    {
        var errors = new ValidationErrors();
        if (answers is null)
        {
            return errors;
        }

        var kept = existing?.Select(a => (a.QuestionId, a.OptionId)).ToHashSet() ?? [];
        var seen = new HashSet<Guid>();
        for (var i = 0; i < answers.Count; i++)
        {
            var (questionId, optionId) = (answers[i].QuestionId, answers[i].OptionId);
            var row = $"Tilläggsfråga {i + 1}";
            if (questionId is not { } qid || !_byId.TryGetValue(qid, out var question) || !phases.Contains(question.Phase))
            {
                errors.Add("answers", $"{row}: frågan finns inte bland förbundets tilläggsfrågor för det här steget.");
                continue;
            }

            if (!seen.Add(qid))
            {
                errors.Add("answers", $"{row}: frågan \"{question.Text}\" är besvarad två gånger.");
                continue;
            }

            if (optionId is not { } oid || question.Options.All(o => o.Id != oid))
            {
                errors.Add("answers", $"{row}: välj ett av svarsalternativen till frågan \"{question.Text}\".");
            }
            else if (question.IsRetired && !kept.Contains((qid, oid)))
            {
                errors.Add("answers", $"{row}: frågan \"{question.Text}\" ställs inte längre.");
            }
        }

        return errors;
    }

    /// <summary>Puts checked answers to the questions of the <paramref name="phases"/> on a record, replacing its answers to them (null: no change).</summary>
    public void Apply(Participation p, IReadOnlyList<AnswerInput>? answers, IReadOnlyCollection<ParticipationPhase> phases)
    {
        if (answers is null)
        {
            return;
        }

        p.Answers.RemoveAll(a => _byId.TryGetValue(a.QuestionId, out var q) && phases.Contains(q.Phase));
        p.Answers.AddRange(answers.Where(a => _byId.TryGetValue(a.QuestionId!.Value, out var q) && phases.Contains(q.Phase)).Select(a => new ParticipationAnswer
        {
            AssociationId = p.AssociationId, ParticipationId = p.Id, QuestionId = a.QuestionId!.Value, OptionId = a.OptionId!.Value,
        }));
    }

    /// <summary>A record's answers with the words of question and option, in the questions' order.</summary>
    public IReadOnlyList<RecordParticipation.AnswerView> Describe(IEnumerable<ParticipationAnswer> answers)
    {
        var byQuestion = answers.ToDictionary(a => a.QuestionId, a => a.OptionId);
        return Questions.Where(q => byQuestion.ContainsKey(q.Id))
            .Select(q => new RecordParticipation.AnswerView(q.Id, q.Text, byQuestion[q.Id], q.Options.FirstOrDefault(o => o.Id == byQuestion[q.Id])?.Text ?? string.Empty))
            .ToList();
    }

    /// <summary>The option text of an answer, or null when the record has none to that question.</summary>
    public string? OptionText(IEnumerable<ParticipationAnswer> answers, Guid questionId) =>
        answers.FirstOrDefault(a => a.QuestionId == questionId) is { } a
            ? _byId.GetValueOrDefault(questionId)?.Options.FirstOrDefault(o => o.Id == a.OptionId)?.Text
            : null;

    /// <summary>Removes the answers to end questions (a record whose end is taken away, or ended as felregistrering).</summary>
    public void ClearEnd(Participation p) =>
        p.Answers.RemoveAll(a => _byId.TryGetValue(a.QuestionId, out var q) && q.Phase == ParticipationPhase.End);
}
