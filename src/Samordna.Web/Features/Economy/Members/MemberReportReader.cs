using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.FollowUp.Reports;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Economy.Members;

/// <summary>An outcome indicator of an intervention's protected follow-up report: its share, or "–" when hidden.</summary>
public sealed record MemberReportIndicator(string Name, decimal? Share, string Display);

/// <summary>An intervention that served the member's area in the year, with its protected follow-up figures when there are any.</summary>
public sealed record MemberReportIntervention(
    Guid Id, string Name, DateOnly StartDate, DateOnly EndDate, Sek? ActualCost, bool HasFollowUp, int? Participants, string ParticipantsDisplay,
    IReadOnlyList<MemberReportIndicator> Indicators);

/// <summary>
/// One member's report for a year. <see cref="Due"/> is its line in the adopted contribution table; invoiced, paid and
/// outstanding come from the member ledger as of <see cref="AsOf"/>; <see cref="FundedShare"/> is its contribution over
/// all members' contributions (exact, shown with one decimal), and <see cref="ShareOfInterventionCosts"/> its part of
/// the year's intervention costs in the books by the largest-remainder rule (the members' parts sum exactly to the costs).
/// </summary>
public sealed record MemberReport(
    Guid AssociationId, string Association, int Year, DateOnly AsOf, Guid OrganisationId, string Member, string MemberKind,
    bool TableAdopted, Sek? Due, string? DueShareOfParty, Sek? TotalContributions, decimal? FundedShare, string FundedShareDisplay,
    Sek Invoiced, Sek Paid, Sek Outstanding, IReadOnlyList<MemberInvoiceView> Invoices,
    bool BooksRead, Sek? InterventionCosts, Sek? ShareOfInterventionCosts, string ServedArea,
    IReadOnlyList<MemberReportIntervention> Interventions);

/// <summary>
/// Gathers a member's report: the adopted contribution table (Allocation), the member ledger, the books
/// (<see cref="Actuals.ActualsReader"/>), the interventions serving the member's municipality (or, for a region, its
/// county; for the state party, all of them) and their follow-up through <see cref="FollowUpReport"/>, which protects
/// every count (no raw counts 1–4 ever leave it).
/// </summary>
public sealed class MemberReportReader(AppDbContext db, MemberLedgerHandler ledger, Actuals.ActualsReader books, FollowUpReport followUp)
{
    /// <summary>States in which an intervention has been funded and run.</summary>
    private static readonly InterventionState[] Funded =
        [InterventionState.AgreementSigned, InterventionState.Active, InterventionState.FinalReportSubmitted, InterventionState.Closed, InterventionState.EndedEarly];

    public async Task<Result<MemberReport>> ReadAsync(Guid associationId, Guid organisationId, int year, DateOnly asOf, CancellationToken ct)
    {
        var table = await MemberLedgerRules.AdoptedTableAsync(db, associationId, year, ct);
        var lines = table is null ? [] : MemberLedgerRules.MemberLines(table);
        var isMember = (await ledger.MembersAsync(associationId, ct)).Any(m => m.Id == organisationId) || lines.Any(l => l.OrganisationId == organisationId);
        var organisation = isMember ? await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct) : null;
        if (organisation is null)
        {
            return EconomyErrors.MemberNotFound;
        }

        var association = await db.Set<Association>().AsNoTracking().Where(a => a.Id == associationId).Select(a => a.Name).FirstAsync(ct);

        // Due and the share of what was funded: the member's lines over all members' lines of the adopted table.
        var own = lines.Where(l => l.OrganisationId == organisationId).ToList();
        Sek? due = own.Count == 0 ? null : Sek.Sum(own.Select(l => l.Amount));
        var total = Sek.Sum(lines.Select(l => l.Amount));
        decimal? share = due is { } d && total > Sek.Zero ? (decimal)d.Ore / total.Ore : null;

        // The member's ledger as of the date.
        var invoices = await db.Set<MemberInvoice>().AsNoTracking().Include(i => i.Payments)
            .Where(i => i.AssociationId == associationId && i.Year == year && i.OrganisationId == organisationId).ToListAsync(ct);
        var balance = MemberLedgerHandler.Balance(organisationId, organisation.Name, due, invoices, asOf);

        // Its part of the intervention costs in the books.
        var actuals = await books.ReadAsync(associationId, year, ct);
        Sek? costs = actuals?.Of(BudgetCategory.Intervention);
        Sek? part = costs is { } c && table is not null && own.Count > 0 && total > Sek.Zero ? ShareOf(c, lines, organisationId) : null;

        var (area, interventions) = await InterventionsAsync(associationId, organisation, year, actuals, ct);
        return new MemberReport(
            associationId, association, year, asOf, organisationId, organisation.Name, Organisation.SwedishKind(organisation.Kind),
            table is not null, due, own.Count == 1 ? own[0].Share : null, table is null ? null : total, share,
            share is { } s ? SwedishCulture.Percent(s, 1) : "–",
            balance.Invoiced, balance.Paid, balance.Outstanding,
            invoices.OrderBy(i => i.InvoiceDate).ThenBy(i => i.Reference, StringComparer.Ordinal).Select(i => MemberLedgerHandler.View(i, organisation.Name, asOf)).ToList(),
            actuals is not null, costs, part, area, interventions);
    }

    /// <summary>
    /// A member's part of an amount split over the members by their contributions: <see cref="Apportionment"/> (largest
    /// remainder in öre, ties by the line's code), so the parts of all members sum exactly to the amount. A negative
    /// amount (more credited than charged) is split as its opposite.
    /// </summary>
    public static Sek ShareOf(Sek amount, IReadOnlyList<Allocation.Data.ContributionLine> lines, Guid organisationId)
    {
        var negative = amount.IsNegative;
        var parts = Apportionment.Split(negative ? -amount : amount, lines.Select(l => new Rational(l.Amount.Ore, 1)).ToArray(), lines.Select(l => l.Code).ToArray());
        var mine = Sek.Sum(parts.Where((_, i) => lines[i].OrganisationId == organisationId));
        return negative ? -mine : mine;
    }

    private async Task<(string Area, IReadOnlyList<MemberReportIntervention> Interventions)> InterventionsAsync(
        Guid associationId, Organisation organisation, int year, Actuals.YearActuals? actuals, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var candidates = await db.Set<Intervention>().AsNoTracking().Include(i => i.Municipalities)
            .Where(i => i.AssociationId == associationId && Funded.Contains(i.State) && i.StartDate <= last && i.EndDate >= first)
            .ToListAsync(ct);
        string area;
        Func<Intervention, bool> serves;
        if (organisation.CountsAsMunicipality && organisation.MunicipalityCode is { } municipality)
        {
            area = $"kommunen ({municipality})";
            serves = i => i.Municipalities.Any(m => m.MunicipalityCode == municipality);
        }
        else if (organisation.CountsAsRegion && organisation.CountyCode is { } county)
        {
            area = $"regionens kommuner (län {county})";
            serves = i => i.Municipalities.Any(m => m.MunicipalityCode.StartsWith(county, StringComparison.Ordinal));
        }
        else
        {
            area = "förbundets alla kommuner";
            serves = _ => true;
        }

        var result = new List<MemberReportIntervention>();
        foreach (var i in candidates.Where(serves).OrderBy(i => i.Name, StringComparer.Create(SwedishCulture.Instance, false)))
        {
            var hasFollowUp = i.FollowUpMethod == FollowUpMethod.ParticipantRecords;
            var report = hasFollowUp ? await followUp.BuildAsync(new FollowUpFilter(associationId, i.Id, year), ct) : null;
            Sek? cost = actuals?.ByIntervention.TryGetValue(i.Id, out var booked) == true ? booked : null;
            result.Add(new MemberReportIntervention(i.Id, i.Name, i.StartDate, i.EndDate, cost, hasFollowUp,
                report?.Participants.Value, report?.Participants.ToDisplay() ?? "–",
                report is not null ? report.Indicators.Take(2).Select(x => new MemberReportIndicator(x.Name, x.Share.Fraction, x.Share.ToDisplay(1))).ToList() : []));
        }

        return (area, result);
    }
}
