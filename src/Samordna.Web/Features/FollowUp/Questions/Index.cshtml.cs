using Samordna.Web.Features.FollowUp.Data;

namespace Samordna.Web.Features.FollowUp.Questions;

/// <summary>The office's extra questions: the list, a form to add one, and retiring one.</summary>
[RequirePermission(FollowUpPermissions.Questions)]
public sealed class IndexModel(FollowUpQuestionsHandler handler) : FormPage<IndexModel.QuestionInput>
{
    public sealed class QuestionInput
    {
        public string? Text { get; set; }

        public ParticipationPhase? Phase { get; set; }

        /// <summary>One option per line.</summary>
        public string? Options { get; set; }
    }

    public Guid AssociationId { get; private set; }

    public IReadOnlyList<QuestionView> Questions { get; private set; } = [];

    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        Questions = await handler.ListAsync(associationId, includeRetired: true, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        await OnGetAsync(associationId, ct);
        var options = (Input.Options ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var request = new CreateQuestionRequest(Input.Text, Input.Phase, options);
        return await this.SubmitAsync(
                   FollowUpQuestionsHandler.Validate(request),
                   () => handler.CreateAsync(associationId, request, ct),
                   saved => ($"Tilläggsfrågan \"{saved.Text}\" är tillagd.", $"/forbund/{associationId}/uppfoljning/fragor"))
               ?? Page();
    }

    /// <summary>Avsluta: the question is no longer asked.</summary>
    public async Task<IActionResult> OnPostRetireAsync(Guid associationId, Guid questionId, long? version, CancellationToken ct)
    {
        await OnGetAsync(associationId, ct);
        var request = new RetireQuestionRequest(version);
        return await this.SubmitAsync(
                   new ValidationErrors().VersionRead(version),
                   () => handler.RetireAsync(associationId, questionId, request, ct),
                   saved => ($"Tilläggsfrågan \"{saved.Text}\" ställs inte längre.", $"/forbund/{associationId}/uppfoljning/fragor"),
                   FormFailure.OnFieldOrNotFound)
               ?? Page();
    }

    public static string PhaseName(ParticipationPhase phase) => phase == ParticipationPhase.Start ? "Vid start" : "Vid avslut";
}
