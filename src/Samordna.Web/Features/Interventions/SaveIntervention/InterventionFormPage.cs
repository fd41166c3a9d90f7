using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.SaveIntervention;

public sealed class PlannedYearInput
{
    public string? Year { get; set; }

    public int? Women { get; set; }

    public int? Men { get; set; }
}

public sealed class InterventionInput
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public Orientation? Orientation { get; set; }

    public string? PreciseOrientation { get; set; }

    public FollowUpMethod? FollowUpMethod { get; set; }

    public bool EsfCoFinanced { get; set; }

    public List<string> TargetGroups { get; set; } = [];

    public Guid? OwnerOrganisationId { get; set; }

    public List<Guid> Parties { get; set; } = [];

    public List<string> Municipalities { get; set; } = [];

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public int? AgeFrom { get; set; }

    public int? AgeTo { get; set; }

    public List<PlannedYearInput> PlannedParticipants { get; set; } = [];

    public string? ShortTermGoals { get; set; }

    public string? LongTermGoals { get; set; }

    public string? ExpectedEffects { get; set; }

    public string? ImplementationPlan { get; set; }

    public string? FollowUpPlan { get; set; }

    public string? Risks { get; set; }

    public AccessRoute? AccessRoute { get; set; }

    public string? PublicContact { get; set; }

    public Guid? TargetMeetingId { get; set; }

    public long? Version { get; set; }
}

/// <summary>What the new and edit pages of an intervention share: the members to choose parties and places from, the code lists, the meetings.</summary>
public abstract class InterventionFormPage(SaveInterventionHandler handler, InterventionActors actors, IOptions<InterventionsOptions> options, AppDbContext db, TimeProvider clock)
    : GovernanceFormPage<InterventionInput>
{
    /// <summary>Rows for planned participants on the form (enough for a period of this many years).</summary>
    public const int PlannedRows = 5;

    public Guid? InterventionId { get; protected set; }

    public InterventionsOptions Options => options.Value;

    public IReadOnlyList<SelectListItem> Members { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MemberMunicipalities { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Meetings { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Orientations { get; } = FormFields.Options<Orientation>(InterventionNames.Of);

    public IReadOnlyList<SelectListItem> FollowUpMethods { get; } = FormFields.Options<FollowUpMethod>(InterventionNames.Of);

    public IReadOnlyList<SelectListItem> AccessRoutes { get; } = FormFields.Options<AccessRoute>(InterventionNames.Of);

    protected InterventionActors Actors => actors;

    protected AppDbContext Db => db;

    public override async Task LoadListsAsync(CancellationToken ct)
    {
        var today = SwedishCulture.Today(clock);
        var members = await db.Set<Membership>().AsNoTracking().Where(m => m.AssociationId == AssociationId).NotEndedBefore(today)
            .Join(db.Set<Organisation>(), m => m.OrganisationId, o => o.Id, (m, o) => new { o.Id, o.Name, o.Kind, o.MunicipalityCode })
            .Distinct().ToListAsync(ct);
        var culture = StringComparer.Create(SwedishCulture.Instance, false);
        Members = members.OrderBy(m => m.Kind).ThenBy(m => m.Name, culture).Select(m => new SelectListItem(m.Name, m.Id.ToString())).ToList();
        var codes = members.Where(m => m.MunicipalityCode is not null && m.Kind is OrganisationKind.Municipality or OrganisationKind.MunicipalDistrict).Select(m => m.MunicipalityCode!).Distinct().ToList();
        MemberMunicipalities = (await db.Set<Municipality>().AsNoTracking().Where(m => codes.Contains(m.Code)).ToListAsync(ct))
            .OrderBy(m => m.Name, culture).Select(m => new SelectListItem(m.Name, m.Code)).ToList();
        Meetings = (await db.Set<BoardMeeting>().AsNoTracking().Where(m => m.AssociationId == AssociationId && m.Date >= today).OrderBy(m => m.Date).ToListAsync(ct))
            .Select(m => new SelectListItem($"Sammanträde {SwedishCulture.Date(m.Date)}", m.Id.ToString())).ToList();
        while (Input.PlannedParticipants.Count < PlannedRows)
        {
            Input.PlannedParticipants.Add(new PlannedYearInput());
        }
    }

    /// <summary>Saves the form; the status message and the address come from <paramref name="saved"/> once the id is known.</summary>
    protected async Task<IActionResult> SaveAsync(Func<Guid, (string Status, string Address)> saved, CancellationToken ct)
    {
        var actor = await actors.ForAsync(AssociationId, ct);
        return await SaveAsync(
            errors =>
            {
                var rows = Input.PlannedParticipants.Select((p, i) => (p, i)).Where(x => !string.IsNullOrWhiteSpace(x.p.Year) || x.p.Women is not null || x.p.Men is not null).ToList();
                var years = new List<PlannedYearRequest>();
                foreach (var (p, i) in rows)
                {
                    var year = FormFields.Year(p.Year);
                    if (year is null)
                    {
                        errors.Add($"plannedParticipants[{i}]", $"Planerade deltagare rad {i + 1}: ange året med fyra siffror.");
                    }

                    years.Add(new PlannedYearRequest(year, p.Women ?? 0, p.Men ?? 0));
                }

                return new InterventionRequest(
                    Input.Name, Input.Description, Input.Orientation, Input.PreciseOrientation, Input.FollowUpMethod, Input.EsfCoFinanced,
                    Input.TargetGroups, Input.OwnerOrganisationId, Input.Parties, Input.Municipalities,
                    FormFields.Date(errors, "startDate", "Startdatum", Input.StartDate), FormFields.Date(errors, "endDate", "Slutdatum", Input.EndDate),
                    Input.AgeFrom, Input.AgeTo, years,
                    Input.ShortTermGoals, Input.LongTermGoals, Input.ExpectedEffects, Input.ImplementationPlan, Input.FollowUpPlan, Input.Risks,
                    Input.AccessRoute, Input.PublicContact, Input.TargetMeetingId, Input.Version);
            },
            request => SaveInterventionHandler.Validate(request, options.Value, InterventionId is not null),
            async request =>
            {
                var result = InterventionId is { } id
                    ? await handler.UpdateAsync(AssociationId, id, request, actor, ct)
                    : await handler.CreateAsync(AssociationId, request, actor, ct);
                if (result.IsSuccess)
                {
                    InterventionId = result.Value!.Id;
                }

                return result;
            },
            () => saved(InterventionId!.Value),
            ct);
    }
}
