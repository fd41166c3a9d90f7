using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.RecordParticipation;

/// <summary>The participant officer's start: the interventions their organisation runs, and the records of the one chosen.</summary>
[RequirePermission(FollowUpPermissions.Record)]
public sealed class IndexModel(RecordParticipationHandler handler, FollowUpActors actors, IOptions<FollowUpOptions> options)
    : ParticipationPage(handler, actors, options)
{
    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];

    public Intervention? Chosen { get; private set; }

    public IReadOnlyList<ParticipationView> Records { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid? insats, CancellationToken ct)
    {
        AssociationId = associationId;
        var actor = await ActorAsync(ct);
        Interventions = await Handler.InterventionsAsync(associationId, actor, ct);
        // Without a choice the first intervention is shown, so its records are one step from the menu.
        Chosen = insats is { } id ? Interventions.FirstOrDefault(i => i.Id == id) : Interventions.Count > 0 ? Interventions[0] : null;
        if (insats is not null && Chosen is null)
        {
            return NotFound();
        }

        if (Chosen is not null)
        {
            Records = await Handler.ListAsync(associationId, Chosen.Id, actor, ct) ?? [];
        }

        return Page();
    }
}
