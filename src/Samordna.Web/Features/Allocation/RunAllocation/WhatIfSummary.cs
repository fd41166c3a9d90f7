namespace Samordna.Web.Features.Allocation.RunAllocation;

/// <summary>One association's amount in a what-if beside its amount in the base the what-if is compared with.</summary>
public sealed record WhatIfChange(string Code, string Name, Sek Base, Sek Amount)
{
    public Sek Change => Amount - Base;

    /// <summary>The change as a share of the base amount; null when the base is 0.</summary>
    public decimal? Fraction => Base == Sek.Zero ? null : Change.Kronor / Base.Kronor;
}

/// <summary>
/// What a what-if does, before the full table: how many associations gain, lose or keep their amount compared with
/// the base, the total change, and the largest increases and decreases. Associations without a base amount (not in
/// the base) are counted apart and left out of the sums.
/// </summary>
public sealed record WhatIfSummary(
    string BaseLabel,
    int Gaining,
    int Losing,
    int Unchanged,
    int WithoutBase,
    Sek BaseTotal,
    Sek Total,
    IReadOnlyList<WhatIfChange> LargestIncreases,
    IReadOnlyList<WhatIfChange> LargestDecreases)
{
    /// <summary>How many of the largest increases and decreases are shown.</summary>
    public const int Top = 3;

    /// <summary>The what-if's total minus the base's total, over the associations in both; exact to the öre.</summary>
    public Sek TotalChange => Total - BaseTotal;

    /// <summary>
    /// Compares <paramref name="amounts"/> (code, name, amount) with <paramref name="baseAmounts"/> by code. The largest
    /// increases are the <see cref="Top"/> largest positive changes in kronor, the largest decreases the most negative;
    /// equal changes are ordered by code (ordinal), so the summary is the same every time.
    /// </summary>
    public static WhatIfSummary Compute(
        string baseLabel,
        IEnumerable<(string Code, string Name, Sek Amount)> amounts,
        IReadOnlyDictionary<string, Sek> baseAmounts)
    {
        var compared = new List<WhatIfChange>();
        var withoutBase = 0;
        foreach (var (code, name, amount) in amounts)
        {
            if (baseAmounts.TryGetValue(code, out var b))
            {
                compared.Add(new WhatIfChange(code, name, b, amount));
            }
            else
            {
                withoutBase++;
            }
        }

        return new WhatIfSummary(
            baseLabel,
            compared.Count(c => c.Change > Sek.Zero),
            compared.Count(c => c.Change < Sek.Zero),
            compared.Count(c => c.Change == Sek.Zero),
            withoutBase,
            Sek.Sum(compared.Select(c => c.Base)),
            Sek.Sum(compared.Select(c => c.Amount)),
            compared.Where(c => c.Change > Sek.Zero).OrderByDescending(c => c.Change).ThenBy(c => c.Code, StringComparer.Ordinal).Take(Top).ToArray(),
            compared.Where(c => c.Change < Sek.Zero).OrderBy(c => c.Change).ThenBy(c => c.Code, StringComparer.Ordinal).Take(Top).ToArray());
    }
}
