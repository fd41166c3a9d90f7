using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.SaveDecision;

/// <summary>
/// What a decision of a given <see cref="DecisionLinkKind"/> may point at. Each area that owns such rows registers
/// one (the interventions area for funding decisions, the economy area for budgets); a kind without a target takes
/// no id, only a describing text.
/// </summary>
public interface IDecisionLinkTarget
{
    DecisionLinkKind Kind { get; }

    /// <summary>The error when the id is not a row of this association.</summary>
    Error NotFound { get; }

    /// <summary>A short Swedish description of the row, or null when it does not exist in <paramref name="associationId"/>.</summary>
    Task<string?> DescribeAsync(Guid associationId, Guid id, CancellationToken ct);
}

/// <summary>A decision about a charter version (förbundsordning) of the same association.</summary>
public sealed class CharterVersionLinkTarget(AppDbContext db) : IDecisionLinkTarget
{
    public DecisionLinkKind Kind => DecisionLinkKind.CharterVersion;

    public Error NotFound => GovernanceErrors.UnknownCharterVersion;

    public async Task<string?> DescribeAsync(Guid associationId, Guid id, CancellationToken ct)
    {
        var charter = await db.Set<CharterVersion>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == id && c.AssociationId == associationId, ct);
        return charter is null ? null : $"gäller från {SwedishCulture.Date(charter.ValidFrom)}";
    }
}
