using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.ExitMember;

/// <summary>
/// A member gives notice on <see cref="NoticeDate"/>. <see cref="EffectiveDate"/> is the first day it is no longer a
/// member; left out, it is the earliest the notice period allows. <see cref="Version"/> is the membership's version.
/// </summary>
public sealed record ExitMemberRequest(
    DateOnly? NoticeDate,
    DateOnly? EffectiveDate,
    DateOnly? DecisionDate,
    string? Reference,
    long? Version);

/// <summary>What was recorded: the first day outside, and the notice period that applied.</summary>
public sealed record ExitRecorded(DateOnly EffectiveDate, DateOnly LastDayAsMember, int NoticeMonths, long Version);

/// <summary>Records an exit: the membership ends the day before the effective date, and both dates are kept as an event.</summary>
public sealed class ExitMemberHandler(AppDbContext db, RegisterReader reader)
{
    public const string LiquidationAdvice =
        "Om medlemmen ändå lämnar går förbundet i likvidation (15 § lag (2003:1210)): registrera likvidationen först, eller låt en ny medlem av samma slag gå in innan utträdet gäller.";

    public static ValidationErrors Validate(ExitMemberRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("noticeDate", "Uppsägningsdatum", r.NoticeDate);
        errors.DateOrder("effectiveDate", "Utträdet gäller från", r.NoticeDate, r.EffectiveDate, "Uppsägningsdatum");
        errors.FreeText("reference", "Beslut (hänvisning)", r.Reference, 200);
        return errors.VersionRead(r.Version);
    }

    public async Task<Result<ExitRecorded>> HandleAsync(Guid associationId, Guid membershipId, ExitMemberRequest r, CancellationToken ct)
    {
        var membership = await db.Set<Membership>().Include(m => m.Organisation)
            .FirstOrDefaultAsync(m => m.Id == membershipId && m.AssociationId == associationId, ct);
        var association = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == associationId, ct);
        if (membership is null || association is null)
        {
            return RegistryErrors.MembershipNotFound;
        }

        if (membership.ValidTo is not null)
        {
            return RegistryErrors.MembershipAlreadyEnds;
        }

        var organisation = membership.Organisation!;
        var notice = r.NoticeDate!.Value;
        if (notice < membership.ValidFrom)
        {
            return RegistryErrors.Rule(ExitNoticeRule.Code, "Uppsägningen kan inte ske innan medlemskapet har börjat.", "noticeDate");
        }

        var periods = await reader.MemberPeriodsAsync(associationId, ct);
        var noticeMonths = await reader.NoticeMonthsOnAsync(associationId, periods, notice, ct);
        var assessment = ExitNoticeRule.Assess(organisation.Kind, organisation.Name, notice, r.EffectiveDate, noticeMonths);
        if (!assessment.IsAllowed)
        {
            return RegistryErrors.ExitRefused(assessment);
        }

        var effective = assessment.EffectiveDate!.Value;
        if (association.EndedOn is { } ended && effective > ended)
        {
            return RegistryErrors.Rule(ExitNoticeRule.Code, $"Förbundet upphör {Domain.SwedishCulture.Date(ended)}, innan utträdet skulle gälla.", "effectiveDate");
        }

        var lastDay = effective.AddDays(-1);
        var changed = periods.Select(p => p.OrganisationId == organisation.Id && p.From == membership.ValidFrom ? p with { To = lastDay } : p).ToList();
        if (CompositionRule.FirstGapAfterChange(changed, association.FormedOn, association.EndedOn, association.LiquidationFrom, effective) is { } gap)
        {
            return RegistryErrors.CompositionBroken(gap, LiquidationAdvice);
        }

        db.ExpectVersion(membership, r.Version!.Value);
        membership.ValidTo = lastDay;
        db.Add(new MembershipEvent
        {
            AssociationId = associationId,
            Kind = MembershipEventKind.Exit,
            EffectiveDate = effective,
            NoticeDate = notice,
            DecisionDate = r.DecisionDate,
            Reference = RegistryText.Trimmed(r.Reference),
            OrganisationId = organisation.Id,
        });
        await db.SaveChangesAsync(ct);
        return new ExitRecorded(effective, lastDay, assessment.NoticeMonths, membership.Version);
    }
}
