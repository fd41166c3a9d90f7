using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.SaveIntervention;

[RequirePermission(InterventionsPermissions.Apply)]
public sealed class NewModel(SaveInterventionHandler handler, InterventionActors actors, IOptions<InterventionsOptions> options, AppDbContext db, TimeProvider clock)
    : InterventionFormPage(handler, actors, options, db, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        var actor = await Actors.ForAsync(associationId, ct);
        Input.AgeFrom = Options.WorkingAgeFrom;
        Input.AgeTo = Options.WorkingAgeTo;
        Input.FollowUpMethod = FollowUpMethod.ParticipantRecords;
        Input.Orientation = Orientation.Individual;
        Input.AccessRoute = AccessRoute.Referral;
        if (!actor.SeesAll && actor.OwnOrganisations.Count == 1)
        {
            Input.OwnerOrganisationId = actor.OwnOrganisations.First();
            Input.Parties.Add(actor.OwnOrganisations.First());
        }

        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        return await SaveAsync(id => ("Insatsen är sparad som idé. Lämna in ansökan när den är klar.", $"/forbund/{associationId}/insatser/{id}"), ct);
    }
}
