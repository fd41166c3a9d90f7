using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.SaveIntervention;

[RequirePermission(InterventionsPermissions.Apply)]
public sealed class EditModel(SaveInterventionHandler handler, InterventionActors actors, IOptions<InterventionsOptions> options, AppDbContext db, TimeProvider clock)
    : InterventionFormPage(handler, actors, options, db, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        AssociationId = associationId;
        InterventionId = interventionId;
        var i = await InterventionQueries.LoadAsync(Db, associationId, interventionId, ct);
        if (i is null || !(await Actors.ForAsync(associationId, ct)).CanSee(i))
        {
            return NotFound();
        }

        Input = new InterventionInput
        {
            Name = i.Name,
            Description = i.Description,
            Orientation = i.Orientation,
            PreciseOrientation = i.PreciseOrientation,
            FollowUpMethod = i.FollowUpMethod,
            EsfCoFinanced = i.EsfCoFinanced,
            TargetGroups = i.TargetGroups.Select(t => t.Code).ToList(),
            OwnerOrganisationId = i.OwnerOrganisationId,
            Parties = i.Parties.Select(p => p.OrganisationId).ToList(),
            Municipalities = i.Municipalities.Select(m => m.MunicipalityCode).ToList(),
            StartDate = FormFields.Text(i.StartDate),
            EndDate = FormFields.Text(i.EndDate),
            AgeFrom = i.AgeFrom,
            AgeTo = i.AgeTo,
            PlannedParticipants = i.Years.OrderBy(y => y.Year).Select(y => new PlannedYearInput { Year = y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Women = y.PlannedWomen, Men = y.PlannedMen }).ToList(),
            ShortTermGoals = i.ShortTermGoals,
            LongTermGoals = i.LongTermGoals,
            ExpectedEffects = i.ExpectedEffects,
            ImplementationPlan = i.ImplementationPlan,
            FollowUpPlan = i.FollowUpPlan,
            Risks = i.Risks,
            AccessRoute = i.AccessRoute,
            PublicContact = i.PublicContact,
            TargetMeetingId = i.TargetMeetingId,
            Version = i.Version,
        };
        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        AssociationId = associationId;
        InterventionId = interventionId;
        return await SaveAsync(id => ("Insatsen är sparad.", $"/forbund/{associationId}/insatser/{id}"), ct);
    }
}
