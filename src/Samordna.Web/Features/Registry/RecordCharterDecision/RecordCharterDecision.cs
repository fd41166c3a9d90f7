using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.RecordCharterDecision;

public sealed record RecordCharterDecisionRequest(string? OrganisationCode, DateOnly? DecidedOn, string? Reference);

/// <summary>The decision now recorded, and whether the version has now taken effect.</summary>
public sealed record CharterDecisionRecorded(Guid DecisionId, DateOnly? EffectiveFrom, int MissingDecisions);

/// <summary>Records one member's decision to adopt a charter version (R13). The last decision brings the version into effect.</summary>
public sealed class RecordCharterDecisionHandler(AppDbContext db, RegisterReader reader)
{
    public static ValidationErrors Validate(RecordCharterDecisionRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("organisationCode", "Medlem", r.OrganisationCode);
        errors.Required("decidedOn", "Beslutsdatum", r.DecidedOn);
        errors.FreeText("reference", "Hänvisning", r.Reference, 200);
        return errors;
    }

    public async Task<Result<CharterDecisionRecorded>> HandleAsync(Guid associationId, Guid charterVersionId, RecordCharterDecisionRequest r, CancellationToken ct)
    {
        var version = await db.Set<CharterVersion>().Include(c => c.Decisions)
            .FirstOrDefaultAsync(c => c.Id == charterVersionId && c.AssociationId == associationId, ct);
        if (version is null)
        {
            return RegistryErrors.CharterVersionNotFound;
        }

        var members = await reader.MemberPeriodsAsync(associationId, ct);
        var code = r.OrganisationCode!.Trim();
        var member = members.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase) && m.IsActiveOn(version.ValidFrom));
        if (member is null)
        {
            return RegistryErrors.NotMemberOnCharterDate;
        }

        if (version.Decisions.Any(d => d.OrganisationId == member.OrganisationId))
        {
            return RegistryErrors.DecisionExists;
        }

        var decision = new CharterMemberDecision
        {
            AssociationId = associationId,
            CharterVersionId = version.Id,
            OrganisationId = member.OrganisationId,
            DecidedOn = r.DecidedOn!.Value,
            Reference = RegistryText.Trimmed(r.Reference),
        };
        // Added explicitly: a new row with its key already set, found only through the navigation, would be taken for an update.
        db.Add(decision);
        await db.SaveChangesAsync(ct);
        var status = CharterRule.Status(version, members);
        return new CharterDecisionRecorded(decision.Id, status.EffectiveFrom, status.MissingDecisions.Count);
    }
}
