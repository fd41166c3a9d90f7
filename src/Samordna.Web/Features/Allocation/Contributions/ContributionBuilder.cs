using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Registry.Data;
using EngineKey = Samordna.Web.Features.Allocation.Engine.SplitKeyKind;
using RegistryKey = Samordna.Web.Features.Registry.Data.SplitKeyKind;

namespace Samordna.Web.Features.Allocation.Contributions;

/// <summary>A contribution table computed now (not yet adopted), with notes on what the computation had to assume.</summary>
public sealed record ContributionPreview(ContributionTable Table, AllocationRun Run, AllocationRunResult Allocation, IReadOnlyList<string> Warnings);

/// <summary>
/// Works out an association's contribution table for a budget year from the year's decided run and the register on
/// the run's reference date: the state (FK, covering AF) pays the allocation A; the regions together and the
/// municipalities together pay A/2 each, split by the charter's keys in force that day; members that split
/// internally (district councils) split their own line by their setting. Measures come from the run's own data set:
/// a municipality or district by its code, a region as the sum of its county's member municipalities (docs/adr/0304).
/// </summary>
public sealed class ContributionBuilder(AppDbContext db)
{
    public async Task<Result<ContributionPreview>> BuildAsync(Guid associationId, int year, CancellationToken ct)
    {
        var run = await db.Set<AllocationRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Year == year && r.Status == AllocationRunStatus.Decided, ct);
        if (run is null)
        {
            return AllocationErrors.NoDecidedRun.WithMessage($"Det finns ingen beslutad medelstilldelning för {year} ännu.");
        }

        var allocation = await db.Set<AllocationRunResult>().AsNoTracking().FirstOrDefaultAsync(r => r.RunId == run.Id && r.AssociationId == associationId, ct);
        if (allocation is null)
        {
            return AllocationErrors.NotInDecidedRun;
        }

        var association = await db.Set<Association>().AsNoTracking().FirstAsync(a => a.Id == associationId, ct);
        var date = run.ReferenceDate;
        var parameters = SnapshotJson.Read<ParameterSnapshot>(run.ParametersJson);
        var members = await db.Set<Membership>().AsNoTracking()
            .Where(m => m.AssociationId == associationId).ActiveOn(date)
            .Select(m => m.Organisation!)
            .ToListAsync(ct);
        var charters = await db.Set<CharterVersion>().AsNoTracking().Include(c => c.FixedShares)
            .Where(c => c.AssociationId == associationId && c.ValidFrom <= date)
            .ToListAsync(ct);
        var charter = charters.OrderByDescending(c => c.ValidFrom).FirstOrDefault();
        var codes = members.Select(m => m.Code).ToList();
        var units = await db.Set<AllocationDataSetUnit>().AsNoTracking()
            .Where(u => u.DataSetId == run.DataSetId && codes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var settings = await db.Set<InternalSplitSetting>().AsNoTracking().Include(s => s.Units)
            .Where(s => s.AssociationId == associationId && s.Year == year)
            .ToListAsync(ct);

        var warnings = new List<string>();
        var municipal = members.Where(m => m.CountsAsMunicipality).ToList();
        var contributionMembers = new List<ContributionMember>();
        foreach (var m in members.Where(m => m.CountsAsMunicipality || m.CountsAsRegion).OrderBy(m => m.Code, StringComparer.Ordinal))
        {
            var measures = new Dictionary<string, decimal>(StringComparer.Ordinal);
            if (m.CountsAsMunicipality)
            {
                if (units.TryGetValue(m.Code, out var unit))
                {
                    measures[SplitMeasures.Population] = unit.WorkingAgePopulation;
                    measures[SplitMeasures.SupportMeasure] = unit.SupportMeasure.Kronor;
                }
            }
            else
            {
                var county = municipal.Where(x => x.CountyCode == m.CountyCode).Select(x => units.GetValueOrDefault(x.Code)).Where(u => u is not null).ToList();
                measures[SplitMeasures.Population] = county.Sum(u => u!.WorkingAgePopulation);
                measures[SplitMeasures.SupportMeasure] = county.Sum(u => u!.SupportMeasure.Kronor);
            }

            var share = charter?.FixedShares.FirstOrDefault(s => s.OrganisationId == m.Id)?.Share;
            contributionMembers.Add(new ContributionMember(m.Code, m.Name, m.CountsAsMunicipality && m.CountsAsRegion ? MemberRole.MunicipalityAndRegion : m.CountsAsMunicipality ? MemberRole.Municipality : MemberRole.Region)
            {
                Measures = measures,
                FixedShare = share,
            });
        }

        if (charter is null)
        {
            warnings.Add($"Ingen förbundsordning är registrerad för {SwedishCulture.Date(date)}; kommunerna och regionerna delar sina delar efter invånare {parameters.AgeBand}.");
        }

        var municipalKey = Key(charter?.MunicipalSplitKey ?? RegistryKey.Population, charter?.MixPopulationWeight);
        var regionKey = Key(charter?.RegionSplitKey ?? RegistryKey.Population, charter?.MixPopulationWeight);
        if (municipalKey is null || regionKey is null)
        {
            return AllocationErrors.ContributionFailed.WithMessage("Förbundsordningen anger en viktad nyckel men ingen vikt för invånare.");
        }

        var outcome = ContributionCalculator.Compute(new ContributionInput
        {
            AssociationCode = association.Code,
            AssociationName = association.Name,
            StateAllocation = allocation.Amount,
            Members = contributionMembers,
            MunicipalityKey = municipalKey,
            RegionKey = regionKey,
        });
        if (!outcome.IsSuccess)
        {
            return AllocationErrors.ContributionFailed.WithMessage("Medlemsbidragen kunde inte räknas ut: " + string.Join(" ", outcome.Errors.Select(e => e.Message)));
        }

        var result = outcome.Value;
        var table = new ContributionTable
        {
            AssociationId = associationId,
            Year = year,
            RunId = run.Id,
            CharterVersionId = charter?.Id,
            KeyDescription = $"Kommunerna: {municipalKey.Describe()}; regionerna: {regionKey.Describe()}",
            ReferenceDate = date,
            StateShare = result.StateShare,
            RegionsTotal = result.RegionsTotal,
            MunicipalitiesTotal = result.MunicipalitiesTotal,
        };
        var fk = members.FirstOrDefault(m => m.Kind == OrganisationKind.SocialInsuranceAgency);
        var lines = new List<ContributionLine>
        {
            new()
            {
                Kind = ContributionLineKind.State,
                OrganisationId = fk?.Id,
                Code = fk?.Code ?? "FK",
                Name = "Staten (Försäkringskassan, även för Arbetsförmedlingen)",
                Amount = result.StateShare,
                Share = "1/2",
                Derivation = $"Staten betalar hälften av förbundets medel: hela den statliga tilldelningen {result.StateShare} enligt körningen \"{run.Name}\". Försäkringskassan betalar statens del, också för Arbetsförmedlingen (5 § lag 2003:1210).",
            },
        };

        var derivation = new ContributionDerivation(result, parameters.AgeBand, contributionMembers);
        var byCode = members.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var swedish = StringComparer.Create(SwedishCulture.Instance, true);
        var ordered = result.Members
            .OrderBy(m => m.Role == MemberRole.Region ? 0 : m.Role == MemberRole.MunicipalityAndRegion ? 1 : 2)
            .ThenBy(m => m.Name, swedish);
        foreach (var m in ordered)
        {
            var org = byCode[m.Code];
            lines.Add(new ContributionLine
            {
                Kind = m.Role switch
                {
                    MemberRole.Region => ContributionLineKind.Region,
                    MemberRole.MunicipalityAndRegion => ContributionLineKind.MunicipalityAndRegion,
                    _ => ContributionLineKind.Municipality,
                },
                OrganisationId = org.Id,
                Code = m.Code,
                Name = m.Name,
                Amount = m.Total,
                AsMunicipality = m.AsMunicipality,
                AsRegion = m.AsRegion,
                Share = derivation.ShareText(m),
                Derivation = derivation.Explain(m),
            });

            var setting = settings.FirstOrDefault(s => s.OrganisationId == org.Id);
            if (setting is null || setting.Units.Count == 0)
            {
                continue;
            }

            var key = InternalKey(setting);
            var split = ContributionCalculator.SplitInternally(m.Total, key, setting.Units.OrderBy(u => u.Position).Select(u => new SplitParty(u.Code, u.Name)
            {
                Measures = new Dictionary<string, decimal>(StringComparer.Ordinal)
                {
                    [SplitMeasures.Population] = u.Population,
                    [SplitMeasures.SupportMeasure] = u.SupportMeasure.Kronor,
                    [SplitMeasures.FinancialAssistance] = u.FinancialAssistance.Kronor,
                },
                FixedShare = u.FixedShare,
            }).ToArray(), m.Name);
            if (!split.IsSuccess)
            {
                return AllocationErrors.ContributionFailed.WithMessage($"Den interna fördelningen för {m.Name} kunde inte göras: " + string.Join(" ", split.Errors.Select(e => e.Message)));
            }

            foreach (var s in split.Value.Shares)
            {
                lines.Add(new ContributionLine
                {
                    Kind = ContributionLineKind.Unit,
                    ParentOrganisationId = org.Id,
                    Code = s.Code,
                    Name = s.Name,
                    Amount = s.Amount,
                    Share = s.Share.ToString(),
                    Derivation = $"{m.Name} fördelar sitt bidrag {m.Total} internt {key.Describe().Replace("FinancialAssistance", "ekonomiskt bistånd", StringComparison.Ordinal).Replace("Population", "invånare", StringComparison.Ordinal)}: "
                        + $"{s.Name} får andelen {ContributionDerivation.Percent(s.Share)} = {s.Amount} (hela ören, största rest).",
                });
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            lines[i].Position = i;
            lines[i].AssociationId = associationId;
            lines[i].TableId = table.Id;
        }

        table.Lines = lines;
        return new ContributionPreview(table, run, allocation, warnings);
    }

    /// <summary>The charter's key as the engine's; null for a weighted mix without a weight.</summary>
    public static SplitKey? Key(RegistryKey kind, decimal? populationWeight) => kind switch
    {
        RegistryKey.Population => SplitKey.ByPopulation,
        RegistryKey.SupportMeasure => SplitKey.BySupportMeasure,
        RegistryKey.FixedShares => SplitKey.ByFixedShares,
        RegistryKey.EqualShares => SplitKey.ByEqualShares,
        RegistryKey.WeightedMix when populationWeight is { } w => SplitKey.WeightedMixOf(new MeasureWeight(SplitMeasures.Population, w), new MeasureWeight(SplitMeasures.SupportMeasure, 1m - w)),
        _ => null,
    };

    public static SplitKey InternalKey(InternalSplitSetting s) => s.Key switch
    {
        EngineKey.WeightedMix => SplitKey.WeightedMixOf(
            new MeasureWeight(SplitMeasures.Population, s.PopulationWeight ?? 0.5m),
            new MeasureWeight(SplitMeasures.FinancialAssistance, 1m - (s.PopulationWeight ?? 0.5m))),
        _ => new SplitKey(s.Key),
    };
}
