namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>Which part(s) of the association a member belongs to (5 § Finsamlagen).</summary>
public enum MemberRole
{
    Municipality,
    Region,

    /// <summary>A municipality outside any region that carries the regional role itself (Gotland): in both splits.</summary>
    MunicipalityAndRegion,
}

/// <summary>A kommun or region that is a member of the association, with the figures its charter key needs.</summary>
public sealed record ContributionMember(string Code, string Name, MemberRole Role)
{
    /// <summary>Named measure values for the key (see <see cref="SplitMeasures"/>).</summary>
    public IReadOnlyDictionary<string, decimal> Measures { get; init; } = new Dictionary<string, decimal>();

    /// <summary>The member's fixed share or parts under a <see cref="SplitKeyKind.FixedShares"/> key.</summary>
    public decimal? FixedShare { get; init; }

    /// <summary>A fixed share that applies only in the region split (Gotland may have different shares in the two parts).</summary>
    public decimal? RegionFixedShare { get; init; }

    public bool IsMunicipality => Role is MemberRole.Municipality or MemberRole.MunicipalityAndRegion;

    public bool IsRegion => Role is MemberRole.Region or MemberRole.MunicipalityAndRegion;
}

/// <summary>What one association's members must pay for a given state allocation.</summary>
public sealed record ContributionInput
{
    public required string AssociationCode { get; init; }

    public required string AssociationName { get; init; }

    /// <summary>The state allocation A, whole kronor.</summary>
    public required Sek StateAllocation { get; init; }

    public required IReadOnlyList<ContributionMember> Members { get; init; }

    /// <summary>How the municipalities split their quarter (the charter key).</summary>
    public required SplitKey MunicipalityKey { get; init; }

    /// <summary>How the regions split their quarter; the same as <see cref="MunicipalityKey"/> unless set.</summary>
    public SplitKey? RegionKey { get; init; }
}

/// <summary>One member's contribution; a member in both parts (Gotland) pays both.</summary>
public sealed record MemberContribution(string Code, string Name, MemberRole Role, Sek AsMunicipality, Sek AsRegion)
{
    public Sek Total => AsMunicipality + AsRegion;
}

/// <summary>
/// The contributions for one association: the state (FK, also covering AF) pays A, the regions together A/2 and the
/// municipalities together A/2, so the association's budget is 2A in the ratio 2:1:1.
/// </summary>
public sealed record ContributionResult
{
    public required string AssociationCode { get; init; }

    public required Sek StateShare { get; init; }

    public required Sek RegionsTotal { get; init; }

    public required Sek MunicipalitiesTotal { get; init; }

    public required SplitResult RegionSplit { get; init; }

    public required SplitResult MunicipalitySplit { get; init; }

    /// <summary>One row per member, in the order given.</summary>
    public required IReadOnlyList<MemberContribution> Members { get; init; }

    public Sek Total => StateShare + RegionsTotal + MunicipalitiesTotal;
}

public static class ContributionCalculator
{
    /// <summary>Splits the members' matching of one state allocation. Exact to the öre; every split sums to its total.</summary>
    public static Result<ContributionResult> Compute(ContributionInput input)
    {
        var errors = new List<Error>();
        var label = $"{input.AssociationName} ({input.AssociationCode})";
        var a = input.StateAllocation;
        if (a.IsNegative || !a.IsWholeKronor)
        {
            errors.Add(new Error(AllocationErrorCodes.ContributionAmountInvalid, $"{label}: den statliga tilldelningen måste vara hela kronor och inte negativ (angiven: {a}).") { Subjects = [input.AssociationCode] });
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in input.Members)
        {
            if (!seen.Add(m.Code))
            {
                errors.Add(new Error(AllocationErrorCodes.ContributionDuplicateMember, $"{label}: medlemmen {m.Code} förekommer mer än en gång.") { Subjects = [m.Code] });
            }
        }

        var municipalities = input.Members.Where(m => m.IsMunicipality).ToList();
        var regions = input.Members.Where(m => m.IsRegion).ToList();
        if (municipalities.Count == 0)
        {
            errors.Add(new Error(AllocationErrorCodes.ContributionNoMunicipality, $"{label}: förbundet saknar kommun som medlem; minst en kommun krävs (3 § lag 2003:1210).") { Subjects = [input.AssociationCode] });
        }

        if (regions.Count == 0)
        {
            errors.Add(new Error(AllocationErrorCodes.ContributionNoRegion, $"{label}: förbundet saknar region som medlem; minst en region (eller Gotlands kommun) krävs (3 § lag 2003:1210).") { Subjects = [input.AssociationCode] });
        }

        if (errors.Count > 0)
        {
            return Result<ContributionResult>.Failure(errors);
        }

        // A is whole kronor, so A/2 is whole öre: 2:1:1 holds exactly.
        var half = new Sek(a.Ore / 2);
        var municipalitySplit = KeySplitter.Split(half, input.MunicipalityKey, municipalities.Select(m => ToParty(m, forRegion: false)).ToArray(), $"{label}, kommunernas del");
        var regionSplit = KeySplitter.Split(half, input.RegionKey ?? input.MunicipalityKey, regions.Select(m => ToParty(m, forRegion: true)).ToArray(), $"{label}, regionernas del");
        errors.AddRange(municipalitySplit.Errors);
        errors.AddRange(regionSplit.Errors);
        if (errors.Count > 0 || !municipalitySplit.IsSuccess || !regionSplit.IsSuccess)
        {
            return Result<ContributionResult>.Failure(errors);
        }

        var asMunicipality = municipalitySplit.Value.Shares.ToDictionary(s => s.Code, s => s.Amount, StringComparer.OrdinalIgnoreCase);
        var asRegion = regionSplit.Value.Shares.ToDictionary(s => s.Code, s => s.Amount, StringComparer.OrdinalIgnoreCase);
        var members = input.Members
            .Select(m => new MemberContribution(
                m.Code,
                m.Name,
                m.Role,
                asMunicipality.GetValueOrDefault(m.Code, Sek.Zero),
                asRegion.GetValueOrDefault(m.Code, Sek.Zero)))
            .ToArray();

        return Result<ContributionResult>.Success(new ContributionResult
        {
            AssociationCode = input.AssociationCode,
            StateShare = a,
            RegionsTotal = half,
            MunicipalitiesTotal = half,
            RegionSplit = regionSplit.Value,
            MunicipalitySplit = municipalitySplit.Value,
            Members = members,
        });
    }

    /// <summary>
    /// Splits one member's contribution among its own units (e.g. Stockholm's district councils) by a key, e.g.
    /// <c>SplitKey.WeightedMixOf(new(SplitMeasures.Population, 0.5m), new(SplitMeasures.FinancialAssistance, 0.5m))</c>.
    /// </summary>
    public static Result<SplitResult> SplitInternally(Sek memberContribution, SplitKey key, IReadOnlyList<SplitParty> units, string memberName) =>
        KeySplitter.Split(memberContribution, key, units, $"Intern fördelning för {memberName}");

    private static SplitParty ToParty(ContributionMember m, bool forRegion) => new(m.Code, m.Name)
    {
        Measures = m.Measures,
        FixedShare = forRegion ? m.RegionFixedShare ?? m.FixedShare : m.FixedShare,
    };
}
