using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.Catalogue;

/// <summary>An organisation in the grants register, with an identifier in the org-id.guide scheme where one is known.</summary>
public sealed record GrantOrganisation(string Id, string Name);

/// <summary>
/// One decided grant: an association's numbered decision to fund one intervention for one year. The field names
/// follow the 360Giving standard (identifier, title, amountAwarded, awardDate, plannedDates, recipientOrganization,
/// fundingOrganization) plus the decision's § number; there is never a person in it.
/// </summary>
public sealed record DecidedGrant(
    string Identifier,
    string Title,
    string Description,
    string Currency,
    decimal AmountAwarded,
    DateOnly AwardDate,
    int Year,
    DateOnly PlannedStartDate,
    DateOnly PlannedEndDate,
    GrantOrganisation RecipientOrganization,
    GrantOrganisation FundingOrganization,
    string DecisionNumber,
    Orientation Orientation,
    Guid InterventionId);

/// <summary>The open register of decided grants, across every association (public facts about public money).</summary>
public sealed class ListGrantsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<DecidedGrant>> HandleAsync(CancellationToken ct)
    {
        var rows = await (from g in db.Set<InterventionGrant>().AsNoTracking()
                          join i in db.Set<Intervention>().AsNoTracking() on g.InterventionId equals i.Id
                          join d in db.Set<BoardDecision>().AsNoTracking() on g.DecisionId equals d.Id
                          join m in db.Set<BoardMeeting>().AsNoTracking() on d.MeetingId equals m.Id
                          join a in db.Set<Association>().AsNoTracking() on i.AssociationId equals a.Id
                          join o in db.Set<Organisation>().AsNoTracking() on i.OwnerOrganisationId equals o.Id
                          select new
                          {
                              g.Id, g.Year, g.Amount, i.Name, i.Description, i.StartDate, i.EndDate, i.Orientation, InterventionId = i.Id,
                              DecisionNumber = d.Number, DecisionYear = d.Year, MeetingDate = m.Date,
                              AssociationName = a.Name, AssociationNumber = a.OrganisationNumber, AssociationCode = a.Code,
                              OwnerName = o.Name, OwnerNumber = o.OrganisationNumber, OwnerCode = o.Code,
                          }).ToListAsync(ct);
        return rows
            .OrderBy(r => r.AssociationCode, StringComparer.Ordinal).ThenBy(r => r.MeetingDate).ThenBy(r => r.DecisionNumber).ThenBy(r => r.Year)
            .Select(r => new DecidedGrant(
                $"SAMORDNA-{r.Id:N}",
                r.Name,
                r.Description,
                "SEK",
                r.Amount.Kronor,
                r.MeetingDate,
                r.Year,
                Max(r.StartDate, new DateOnly(r.Year, 1, 1)),
                Min(r.EndDate, new DateOnly(r.Year, 12, 31)),
                new GrantOrganisation(OrgId(r.OwnerNumber, r.OwnerCode), r.OwnerName),
                new GrantOrganisation(OrgId(r.AssociationNumber, r.AssociationCode), r.AssociationName),
                $"§ {r.DecisionNumber.ToString(CultureInfo.InvariantCulture)}/{r.DecisionYear.ToString(CultureInfo.InvariantCulture)}",
                r.Orientation,
                r.InterventionId))
            .ToList();
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>"SE-ON-" and the organisation number (org-id.guide's Swedish register), else the register code.</summary>
    private static string OrgId(string? organisationNumber, string code) =>
        string.IsNullOrWhiteSpace(organisationNumber) ? $"SAMORDNA-ORG-{code}" : $"SE-ON-{organisationNumber.Replace("-", string.Empty, StringComparison.Ordinal)}";
}
