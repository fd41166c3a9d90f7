using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.MergeAssociations;

/// <summary>
/// The absorbed association goes up in the continuing one from <see cref="EffectiveDate"/> (the absorbed one's last day
/// is the day before). <see cref="NewName"/> renames the continuing association, as when Samordningsförbundet
/// Uddevalla/Orust/Färgelanda became Samordningsförbundet Väst.
/// </summary>
public sealed record MergeAssociationsRequest(
    Guid? ContinuingAssociationId,
    Guid? AbsorbedAssociationId,
    DateOnly? EffectiveDate,
    Sek? EquitySettled,
    DateOnly? DecisionDate,
    string? Reference,
    string? NewName);

public sealed record MergeRecorded(Guid ContinuingAssociationId, int MembersMoved);

/// <summary>A national change: it writes two associations, so it runs outside any association's scope.</summary>
public sealed class MergeAssociationsHandler(AppDbContext db)
{
    public static ValidationErrors Validate(MergeAssociationsRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("continuingAssociationId", "Förbund som består", r.ContinuingAssociationId);
        errors.Required("absorbedAssociationId", "Förbund som går upp i det andra", r.AbsorbedAssociationId);
        errors.Required("effectiveDate", "Sammanslagningen gäller från", r.EffectiveDate);
        errors.Required("equitySettled", "Reglerat eget kapital", r.EquitySettled);
        errors.FreeText("reference", "Beslut (hänvisning)", r.Reference, 200);
        errors.FreeText("newName", "Nytt namn", r.NewName, 200);
        if (r.ContinuingAssociationId is { } c && c == r.AbsorbedAssociationId)
        {
            errors.Add("absorbedAssociationId", RegistryErrors.SameAssociation.Message);
        }

        return errors;
    }

    public async Task<Result<MergeRecorded>> HandleAsync(MergeAssociationsRequest r, CancellationToken ct)
    {
        var continuing = await db.Set<Association>().FirstOrDefaultAsync(a => a.Id == r.ContinuingAssociationId, ct);
        var absorbed = await db.Set<Association>().FirstOrDefaultAsync(a => a.Id == r.AbsorbedAssociationId, ct);
        if (continuing is null || absorbed is null)
        {
            return RegistryErrors.AssociationNotFound;
        }

        var date = r.EffectiveDate!.Value;
        var lastDay = date.AddDays(-1);
        if (!absorbed.ExistsOn(lastDay) || absorbed.EndedOn is not null)
        {
            return RegistryErrors.Rule("REGISTRY_MERGER", $"{absorbed.Name} fanns inte dagen före sammanslagningen, eller har redan upphört.", "absorbedAssociationId");
        }

        if (!continuing.OperatesOn(date))
        {
            return RegistryErrors.Rule("REGISTRY_MERGER", $"{continuing.Name} finns inte den {SwedishCulture.Date(date)}, eller är i likvidation.", "continuingAssociationId");
        }

        var absorbedMemberships = await db.Set<Membership>().Include(m => m.Organisation).Where(m => m.AssociationId == absorbed.Id).ToListAsync(ct);
        var continuingMemberships = await db.Set<Membership>().Include(m => m.Organisation).Where(m => m.AssociationId == continuing.Id).ToListAsync(ct);
        var plan = MergerRule.Plan(Periods(absorbedMemberships), Periods(continuingMemberships), date);
        if (plan.Problems.Count > 0)
        {
            return RegistryErrors.Rule("REGISTRY_MERGER", string.Join(" ", plan.Problems));
        }

        var after = Periods(continuingMemberships).Concat(plan.Moving).ToList();
        if (CompositionRule.FirstGapAfterChange(after, continuing.FormedOn, continuing.EndedOn, continuing.LiquidationFrom, date) is { } gap)
        {
            return RegistryErrors.CompositionBroken(gap);
        }

        foreach (var m in absorbedMemberships.Where(m => m.IsActiveOn(lastDay) && (m.ValidTo is null || m.ValidTo > lastDay)))
        {
            m.ValidTo = lastDay;
        }

        foreach (var m in plan.Moving)
        {
            db.Add(new Membership { AssociationId = continuing.Id, OrganisationId = m.OrganisationId, ValidFrom = m.From, ValidTo = m.To });
        }

        absorbed.EndedOn = lastDay;
        var formerName = continuing.Name;
        if (RegistryText.Trimmed(r.NewName) is { } newName)
        {
            continuing.Name = newName;
        }

        var reference = RegistryText.Trimmed(r.Reference);
        var moved = plan.Moving.Count == 0 ? "Inga medlemmar flyttade." : "Medlemmar som flyttade: " + string.Join(", ", plan.Moving.Select(m => m.Name)) + ".";
        db.Add(new MembershipEvent
        {
            AssociationId = continuing.Id, Kind = MembershipEventKind.Merger, EffectiveDate = date, DecisionDate = r.DecisionDate, Reference = reference,
            CounterpartAssociationId = absorbed.Id, CounterpartName = absorbed.Name, EquitySettled = r.EquitySettled, Note = moved,
        });
        db.Add(new MembershipEvent
        {
            AssociationId = absorbed.Id, Kind = MembershipEventKind.MergedInto, EffectiveDate = date, DecisionDate = r.DecisionDate, Reference = reference,
            CounterpartAssociationId = continuing.Id, CounterpartName = formerName == continuing.Name ? continuing.Name : $"{continuing.Name} (tidigare {formerName})",
            EquitySettled = r.EquitySettled, Note = moved,
        });
        await db.SaveChangesAsync(ct);
        return new MergeRecorded(continuing.Id, plan.Moving.Count);
    }

    private static List<MemberPeriod> Periods(IEnumerable<Membership> memberships) =>
        memberships.Select(m => MemberPeriod.Of(m.Organisation!, m.ValidFrom, m.ValidTo)).ToList();
}
