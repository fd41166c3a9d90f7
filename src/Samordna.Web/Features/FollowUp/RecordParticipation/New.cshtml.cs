using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.RecordParticipation;

/// <summary>Inregistrering: a new participation in one of the officer's interventions; the answer shows its code.</summary>
[RequirePermission(FollowUpPermissions.Record)]
public sealed class NewModel(RecordParticipationHandler handler, FollowUpActors actors, IOptions<FollowUpOptions> options)
    : ParticipationPage(handler, actors, options)
{
    public Intervention Intervention { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid? insats, CancellationToken ct)
    {
        AssociationId = associationId;
        if (!await LoadAsync(insats, ct))
        {
            return NotFound();
        }

        Input.InterventionId = Intervention.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        if (!await LoadAsync(Input.InterventionId, ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var (birthYear, start, _) = ReadText(errors);
        var request = new EnrolRequest(Intervention.Id, Input.Sex, birthYear, start, Input.StartOccupation, Input.StartIncomes, Input.SupportTimeBefore, Input.EducationLevel, Input.AnswerInputs());
        var actor = await ActorAsync(ct);
        return await this.SubmitAsync(
                   errors.Merge(Handler.Validate(request)),
                   () => Handler.EnrolAsync(associationId, request, actor, ct),
                   saved => (Saved(saved, "Deltagaren är registrerad"), $"/forbund/{associationId}/deltagare/{saved.Id}"))
               ?? Page();
    }

    /// <summary>The status line after a save: the code to note, and any warning.</summary>
    internal static string Saved(ParticipationSaved saved, string what) =>
        $"{what} med koden {saved.Code}. Anteckna koden i er egen akt." + string.Concat(saved.Warnings.Select(w => " Observera: " + w));

    private async Task<bool> LoadAsync(Guid? interventionId, CancellationToken ct)
    {
        if (interventionId is not { } id)
        {
            return false;
        }

        var found = await Handler.OwnInterventionAsync(AssociationId, id, await ActorAsync(ct), ct);
        if (found is null || found.FollowUpMethod != FollowUpMethod.ParticipantRecords)
        {
            return false;
        }

        Intervention = found;
        await LoadQuestionsAsync(ct);
        return true;
    }
}
