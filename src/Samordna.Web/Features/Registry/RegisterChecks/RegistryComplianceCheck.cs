using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.ListEvents;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.RegisterChecks;

/// <summary>
/// The register's rules on the compliance panel: the composition on the date, changes already known that will break
/// it later (a pending exit), liquidation, and charter versions that lack members' decisions or no longer fit the members.
/// </summary>
public sealed class RegistryComplianceCheck(AppDbContext db, RegisterReader reader) : IComplianceCheck
{
    public string Area => "Medlemmar och förbundsordning";

    public async Task<IReadOnlyList<ComplianceFinding>> CheckAsync(Guid associationId, DateOnly date, CancellationToken ct)
    {
        var association = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == associationId, ct);
        if (association is null || !association.ExistsOn(date))
        {
            return [];
        }

        var members = await reader.MemberPeriodsAsync(associationId, ct);
        var findings = new List<ComplianceFinding>();
        if (!association.OperatesOn(date))
        {
            findings.Add(new ComplianceFinding("REGISTRY_LIQUIDATION", LawSources.Liquidation, ComplianceSeverity.Warning,
                $"Förbundet är i likvidation sedan {SwedishCulture.Date(association.LiquidationFrom)}. Styrelsen är likvidator: den betalar skulderna, fördelar det som blir över enligt förbundsordningen och lämnar en slutredovisning till alla medlemmar. Förbundet är upplöst när alla medlemmar har fått den. Sammansättningsregeln prövas inte under likvidationen.",
                association.LiquidationFrom));
        }
        else
        {
            await CompositionAsync(association, members, date, findings, ct);
        }

        await CharterAsync(association, members, date, findings, ct);
        return findings;
    }

    private async Task CompositionAsync(Association association, List<MemberPeriod> members, DateOnly date, List<ComplianceFinding> findings, CancellationToken ct)
    {
        var missing = CompositionRule.MissingOn(members, date);
        if (missing.Count > 0)
        {
            findings.Add(new ComplianceFinding(CompositionRule.Code, LawSources.Composition, ComplianceSeverity.Violation,
                new CompositionGap(date, missing).Describe(hypothetical: false) + " Om en part saknas efter ett utträde ska förbundet gå i likvidation (15 §).", date));
            return;
        }

        if (date == DateOnly.MaxValue || CompositionRule.FirstGapAfterChange(members, association.FormedOn, association.EndedOn, association.LiquidationFrom, date.AddDays(1)) is not { } gap)
        {
            return;
        }

        var exits = await db.Set<MembershipEvent>().AsNoTracking().Include(e => e.Organisation)
            .Where(e => e.AssociationId == association.Id && e.Kind == MembershipEventKind.Exit && e.EffectiveDate == gap.Date)
            .ToListAsync(ct);
        var pending = exits.Where(e => ListEventsHandler.KnownOn(e) <= date).Select(e => e.Organisation?.Name).OfType<string>().ToList();
        var cause = pending.Count > 0
            ? $"Utträdet för {string.Join(" och ", pending)} gäller från {SwedishCulture.Date(gap.Date)}, och då saknar förbundet {CompositionRule.Name(gap.Missing)}."
            : $"Enligt registrets medlemskap saknar förbundet {CompositionRule.Name(gap.Missing)} från {SwedishCulture.Date(gap.Date)}.";
        findings.Add(new ComplianceFinding("REGISTRY_COMPOSITION_PENDING", LawSources.Composition, ComplianceSeverity.Warning,
            cause + " De kvarvarande medlemmarna behöver före dess ta in en ny medlem av samma slag; annars går förbundet i likvidation (15 §). " + CompositionRule.Explanation,
            gap.Date));
    }

    private async Task CharterAsync(Association association, List<MemberPeriod> members, DateOnly date, List<ComplianceFinding> findings, CancellationToken ct)
    {
        var versions = await reader.CharterVersionsAsync(association.Id, ct);
        foreach (var v in versions)
        {
            v.Decisions = v.Decisions.Where(d => d.DecidedOn <= date).ToList();
        }

        var inForce = CharterRule.InForceOn(versions, members, date);
        if (inForce is null && association.OperatesOn(date))
        {
            findings.Add(new ComplianceFinding("REGISTRY_CHARTER_MISSING", LawSources.Charter, ComplianceSeverity.Warning,
                $"Ingen förbundsordning är registrerad som gällande {SwedishCulture.Date(date)}. Registrera den förbundsordning som medlemmarna har antagit, med varje medlems beslut, så att reglerna om styrelse, mandattid och uppsägningstid kan prövas.",
                date));
        }

        var names = members.GroupBy(m => m.OrganisationId).ToDictionary(g => g.Key, g => g.First().Name);
        foreach (var v in versions.Where(v => inForce is null || v.ValidFrom > inForce.ValidFrom))
        {
            var status = CharterRule.Status(v, members);
            if (status.IsComplete)
            {
                continue;
            }

            var who = string.Join(", ", status.MissingDecisions.Select(id => names[id]).Order(StringComparer.Create(SwedishCulture.Instance, false)));
            findings.Add(new ComplianceFinding(CharterRule.Code, LawSources.Charter, ComplianceSeverity.Warning,
                $"Förbundsordningen från {SwedishCulture.Date(v.ValidFrom)} har inte trätt i kraft: beslut saknas från {who}. En ändring av förbundsordningen gäller först när alla medlemmar har beslutat om den; styrelsen kan inte ändra den.",
                v.ValidFrom));
        }

        if (inForce is not null)
        {
            SharesFinding(inForce, members, date, findings);
        }
    }

    private static void SharesFinding(CharterVersion charter, List<MemberPeriod> members, DateOnly date, List<ComplianceFinding> findings)
    {
        var active = members.Where(m => m.IsActiveOn(date)).ToList();
        var uncovered = new List<string>();
        if (charter.MunicipalSplitKey == SplitKeyKind.FixedShares)
        {
            uncovered.AddRange(active.Where(m => m.CountsAsMunicipality && charter.FixedShares.All(s => s.OrganisationId != m.OrganisationId)).Select(m => m.Name));
        }

        if (charter.RegionSplitKey == SplitKeyKind.FixedShares)
        {
            uncovered.AddRange(active.Where(m => m.CountsAsRegion && charter.FixedShares.All(s => s.OrganisationId != m.OrganisationId)).Select(m => m.Name));
        }

        if (uncovered.Count > 0)
        {
            findings.Add(new ComplianceFinding("REGISTRY_CHARTER_SHARES", LawSources.SplitKey, ComplianceSeverity.Warning,
                $"Den gällande förbundsordningen (från {SwedishCulture.Date(charter.ValidFrom)}) har fasta andelar, men ingen andel för {string.Join(", ", uncovered.Distinct())}. Anta en ny förbundsordning där fördelningen omfattar alla medlemmar.",
                date));
        }
    }
}
