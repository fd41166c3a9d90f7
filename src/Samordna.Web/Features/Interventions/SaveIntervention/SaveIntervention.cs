using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Catalogue;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.SaveIntervention;

public sealed record PlannedYearRequest(int? Year, int? Women, int? Men);

/// <summary>
/// An application for funding (or the office's record of an intervention). Orientation, follow-up method and ESF
/// co-financing are given once, at creation; an update must repeat them unchanged.
/// </summary>
public sealed record InterventionRequest(
    string? Name,
    string? Description,
    Orientation? Orientation,
    string? PreciseOrientation,
    FollowUpMethod? FollowUpMethod,
    bool? EsfCoFinanced,
    IReadOnlyList<string>? TargetGroups,
    Guid? OwnerOrganisationId,
    IReadOnlyList<Guid>? Parties,
    IReadOnlyList<string>? Municipalities,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? AgeFrom,
    int? AgeTo,
    IReadOnlyList<PlannedYearRequest>? PlannedParticipants,
    string? ShortTermGoals,
    string? LongTermGoals,
    string? ExpectedEffects,
    string? ImplementationPlan,
    string? FollowUpPlan,
    string? Risks,
    AccessRoute? AccessRoute,
    string? PublicContact,
    Guid? TargetMeetingId,
    long? Version);

public sealed class SaveInterventionHandler(AppDbContext db, CatalogueIndex index)
{
    /// <summary>The longest period an application may cover.</summary>
    public const int MaxYears = 10;

    public static ValidationErrors Validate(InterventionRequest r, InterventionsOptions options, bool isUpdate)
    {
        var errors = new ValidationErrors();
        errors.RequiredText("name", "Namn", r.Name, 200);
        errors.RequiredText("description", "Beskrivning", r.Description, 8000);

        if (errors.Required("orientation", "Inriktning", r.Orientation) && errors.Required("preciseOrientation", "Preciserad inriktning", r.PreciseOrientation)
            && options.OrientationsFor(r.Orientation!.Value).All(o => o.Code != r.PreciseOrientation))
        {
            errors.Add("preciseOrientation", "Välj en preciserad inriktning ur listan för insatsens inriktning.");
        }

        errors.Required("followUpMethod", "Uppföljningsmetod", r.FollowUpMethod);
        if (r.Orientation == Orientation.Structural && r.FollowUpMethod == FollowUpMethod.ParticipantRecords)
        {
            errors.Add("followUpMethod", "En strukturövergripande insats har inga deltagare; den följs upp med antal (volyminsats).");
        }

        var groups = r.TargetGroups ?? [];
        if (groups.Count == 0)
        {
            errors.Add("targetGroups", "Välj minst en målgrupp.");
        }
        else if (groups.Any(g => options.TargetGroups.All(t => t.Code != g)) || groups.Count > options.TargetGroups.Count)
        {
            errors.Add("targetGroups", "Målgrupperna måste väljas ur listan.");
        }

        errors.Required("ownerOrganisationId", "Insatsägare", r.OwnerOrganisationId);
        if ((r.Parties ?? []).Count == 0)
        {
            errors.Add("parties", "Välj de parter som deltar i insatsen.");
        }
        else if (r.Parties!.Count > 100)
        {
            errors.Add("parties", "Högst 100 parter kan delta i en insats.");
        }

        if ((r.Municipalities ?? []).Count == 0)
        {
            errors.Add("municipalities", "Välj minst en kommun som insatsen vänder sig till.");
        }
        else if (r.Municipalities!.Count > 300)
        {
            errors.Add("municipalities", "Högst 300 kommuner kan väljas.");
        }

        errors.Required("startDate", "Startdatum", r.StartDate);
        errors.Required("endDate", "Slutdatum", r.EndDate);
        errors.DateOrder("endDate", "Slutdatum", r.StartDate, r.EndDate, "Startdatum");
        if (r.StartDate is { } s && r.EndDate is { } e && e.Year - s.Year >= MaxYears)
        {
            errors.Add("endDate", $"En insats kan beviljas för högst {MaxYears} kalenderår i taget.");
        }

        errors.Required("ageFrom", "Lägsta ålder", r.AgeFrom);
        errors.Required("ageTo", "Högsta ålder", r.AgeTo);
        errors.Range("ageFrom", "Lägsta ålder", r.AgeFrom, 0, 120);
        errors.Range("ageTo", "Högsta ålder", r.AgeTo, 0, 120);
        if (r.AgeFrom is { } from && r.AgeTo is { } to && to < from)
        {
            errors.Add("ageTo", "Högsta ålder får inte vara lägre än lägsta ålder.");
        }

        var years = r.PlannedParticipants ?? [];
        for (var i = 0; i < years.Count; i++)
        {
            var y = years[i];
            var field = $"plannedParticipants[{i}]";
            if (y.Year is not { } year || r.StartDate is not { } start || r.EndDate is not { } end || year < start.Year || year > end.Year)
            {
                errors.Add(field, $"Planerade deltagare rad {i + 1}: året måste ligga inom insatsens period.");
            }

            errors.Range(field, $"Planerade kvinnor rad {i + 1}", y.Women, 0, 100_000);
            errors.Range(field, $"Planerade män rad {i + 1}", y.Men, 0, 100_000);
        }

        if (years.Select(y => y.Year).Distinct().Count() != years.Count)
        {
            errors.Add("plannedParticipants", "Varje år kan bara anges en gång.");
        }

        foreach (var (field, label, value) in new[]
        {
            ("shortTermGoals", "Mål på kort sikt", r.ShortTermGoals), ("longTermGoals", "Mål på lång sikt", r.LongTermGoals),
            ("expectedEffects", "Förväntade effekter", r.ExpectedEffects), ("implementationPlan", "Implementeringsplan", r.ImplementationPlan),
            ("followUpPlan", "Plan för uppföljning och utvärdering", r.FollowUpPlan), ("risks", "Risker", r.Risks),
        })
        {
            errors.FreeText(field, label, value, 4000);
        }

        errors.Required("accessRoute", "Hur man kommer till insatsen", r.AccessRoute);
        errors.RequiredText("publicContact", "Kontaktuppgift för allmänheten", r.PublicContact, 300);

        return errors.VersionRead(r.Version, isUpdate);
    }

    public async Task<Result<Saved>> CreateAsync(Guid associationId, InterventionRequest r, InterventionActor actor, CancellationToken ct)
    {
        if (!actor.SeesAll && !actor.OwnOrganisations.Contains(r.OwnerOrganisationId!.Value))
        {
            return InterventionsErrors.NotYourOwner;
        }

        var intervention = new Intervention
        {
            AssociationId = associationId,
            Orientation = r.Orientation!.Value,
            FollowUpMethod = r.FollowUpMethod!.Value,
            EsfCoFinanced = r.EsfCoFinanced ?? false,
            State = InterventionState.Idea,
        };
        if (await ApplyAsync(intervention, r, ct) is { } error)
        {
            return error;
        }

        db.Add(intervention);
        await db.SaveChangesAsync(ct);
        return new Saved(intervention.Id, intervention.Version);
    }

    public async Task<Result<Saved>> UpdateAsync(Guid associationId, Guid interventionId, InterventionRequest r, InterventionActor actor, CancellationToken ct)
    {
        var intervention = await InterventionQueries.LoadAsync(db, associationId, interventionId, ct);
        if (intervention is null || !actor.CanSee(intervention))
        {
            return InterventionsErrors.NotFound;
        }

        if (!actor.IsOffice && !actor.Owns(intervention))
        {
            return InterventionsErrors.NotYourOwner;
        }

        if (InterventionLifecycle.IsTerminal(intervention.State) || (!InterventionLifecycle.IsApplication(intervention.State) && !actor.IsOffice))
        {
            return InterventionsErrors.NotAnApplication;
        }

        var changed = r.Orientation != intervention.Orientation ? "orientation"
            : r.FollowUpMethod != intervention.FollowUpMethod ? "followUpMethod"
            : (r.EsfCoFinanced ?? false) != intervention.EsfCoFinanced ? "esfCoFinanced"
            : null;
        if (changed is not null)
        {
            return InterventionsErrors.LockedAttribute with { Field = changed };
        }

        if (!actor.SeesAll && !actor.OwnOrganisations.Contains(r.OwnerOrganisationId!.Value))
        {
            return InterventionsErrors.NotYourOwner;
        }

        db.ExpectVersion(intervention, r.Version!.Value);
        if (await ApplyAsync(intervention, r, ct) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return new Saved(intervention.Id, intervention.Version);
    }

    private async Task<Error?> ApplyAsync(Intervention i, InterventionRequest r, CancellationToken ct)
    {
        var start = r.StartDate!.Value;
        var end = r.EndDate!.Value;
        var members = await db.Set<Membership>().AsNoTracking()
            .Where(m => m.AssociationId == i.AssociationId).ActiveDuring(start, end)
            .Join(db.Set<Organisation>(), m => m.OrganisationId, o => o.Id, (m, o) => new { o.Id, o.MunicipalityCode, o.Kind })
            .ToListAsync(ct);
        var parties = r.Parties!.Distinct().ToList();
        if (parties.Any(p => members.All(m => m.Id != p)))
        {
            return InterventionsErrors.NotAMember;
        }

        var memberMunicipalities = members.Where(m => m.Kind is OrganisationKind.Municipality or OrganisationKind.MunicipalDistrict && m.MunicipalityCode is not null)
            .Select(m => m.MunicipalityCode!).ToHashSet();
        var municipalities = r.Municipalities!.Select(m => m.Trim()).Distinct().ToList();
        if (municipalities.Any(m => !memberMunicipalities.Contains(m)))
        {
            return InterventionsErrors.MunicipalityNotServed;
        }

        if (r.TargetMeetingId is { } meetingId && !await db.Set<Governance.Data.BoardMeeting>().AnyAsync(m => m.Id == meetingId && m.AssociationId == i.AssociationId, ct))
        {
            return InterventionsErrors.MeetingNotFound;
        }

        i.Name = r.Name!.Trim();
        i.Description = r.Description!.Trim();
        i.PreciseOrientation = r.PreciseOrientation!;
        i.OwnerOrganisationId = r.OwnerOrganisationId!.Value;
        i.StartDate = start;
        i.EndDate = end;
        i.AgeFrom = r.AgeFrom!.Value;
        i.AgeTo = r.AgeTo!.Value;
        i.ShortTermGoals = r.ShortTermGoals?.Trim() ?? string.Empty;
        i.LongTermGoals = r.LongTermGoals?.Trim() ?? string.Empty;
        i.ExpectedEffects = r.ExpectedEffects?.Trim() ?? string.Empty;
        i.ImplementationPlan = r.ImplementationPlan?.Trim() ?? string.Empty;
        i.FollowUpPlan = r.FollowUpPlan?.Trim() ?? string.Empty;
        i.Risks = r.Risks?.Trim() ?? string.Empty;
        i.AccessRoute = r.AccessRoute!.Value;
        i.PublicContact = r.PublicContact!.Trim();
        i.TargetMeetingId = r.TargetMeetingId;
        Replace(i.Parties, parties, (a, b) => a.OrganisationId == b, p => new InterventionParty { AssociationId = i.AssociationId, InterventionId = i.Id, OrganisationId = p });
        Replace(i.Municipalities, municipalities, (a, b) => a.MunicipalityCode == b, m => new InterventionMunicipality { AssociationId = i.AssociationId, InterventionId = i.Id, MunicipalityCode = m });
        Replace(i.TargetGroups, r.TargetGroups!.Distinct().ToList(), (a, b) => a.Code == b, g => new InterventionTargetGroup { AssociationId = i.AssociationId, InterventionId = i.Id, Code = g });
        var planned = (r.PlannedParticipants ?? []).ToDictionary(y => y.Year!.Value);
        i.Years.RemoveAll(y => !planned.ContainsKey(y.Year));
        foreach (var (year, p) in planned)
        {
            var row = i.Years.FirstOrDefault(y => y.Year == year);
            if (row is null)
            {
                i.Years.Add(row = new InterventionYear { AssociationId = i.AssociationId, InterventionId = i.Id, Year = year });
            }

            row.PlannedWomen = p.Women ?? 0;
            row.PlannedMen = p.Men ?? 0;
        }

        await index.UpdateAsync(i, ct);
        return null;
    }

    /// <summary>Keeps the rows that are still wanted, removes the others and adds the new ones (so unchanged rows are not rewritten).</summary>
    private static void Replace<TRow, TKey>(List<TRow> rows, IReadOnlyList<TKey> wanted, Func<TRow, TKey, bool> same, Func<TKey, TRow> create)
    {
        rows.RemoveAll(row => !wanted.Any(w => same(row, w)));
        foreach (var w in wanted.Where(w => !rows.Any(row => same(row, w))))
        {
            rows.Add(create(w));
        }
    }
}
