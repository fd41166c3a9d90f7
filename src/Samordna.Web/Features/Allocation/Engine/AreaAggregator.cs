namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>One municipality or district row of the published statistics (SCB/Statisticon).</summary>
public sealed record UnitFigures(string Code, string Name, decimal SupportMeasure, long WorkingAgePopulation)
{
    /// <summary>Ekonomiskt bistånd (kronor) when the statistics have it; used only by internal splits.</summary>
    public decimal? FinancialAssistance { get; init; }

    /// <summary>The row of the file the figures were read from (header = 1), when read from a file.</summary>
    public int? SourceRow { get; init; }
}

/// <summary>The units (municipality or district codes) that make up one association's area.</summary>
public sealed record AssociationArea(string AssociationCode, IReadOnlyList<string> UnitCodes);

/// <summary>F_i and P_i of one association: its units' figures summed.</summary>
public sealed record AreaTotals(string AssociationCode, decimal SupportMeasure, long WorkingAgePopulation);

/// <summary>An area problem; <see cref="AssociationIndex"/> is the position in the list of areas given (for row numbers).</summary>
public sealed record AreaError(int AssociationIndex, string AssociationCode, string? UnitCode, string Code, string Message);

public sealed record AreaAggregation(IReadOnlyList<AreaTotals> Totals, IReadOnlyList<AreaError> Errors)
{
    public bool IsSuccess => Errors.Count == 0;
}

/// <summary>
/// Sums unit figures into association figures. Pure. Rules: every unit code in an area must exist; a unit may belong to
/// one association only (in one year); a unit may not be listed twice in one area; an area may not be empty.
/// Unit codes match exactly after trimming (ordinal). Units in no area are ignored (a national file has them all).
/// </summary>
public static class AreaAggregator
{
    public static AreaAggregation Aggregate(IReadOnlyList<UnitFigures> units, IReadOnlyList<AssociationArea> areas)
    {
        var errors = new List<AreaError>();
        var byCode = new Dictionary<string, UnitFigures>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!byCode.TryAdd(unit.Code.Trim(), unit))
            {
                errors.Add(new AreaError(-1, string.Empty, unit.Code, AllocationErrorCodes.AreaDuplicateUnit, $"Enheten {unit.Code} förekommer mer än en gång i statistiken."));
            }
        }

        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        var totals = new List<AreaTotals>(areas.Count);
        for (var i = 0; i < areas.Count; i++)
        {
            var area = areas[i];
            var f = 0m;
            long p = 0;
            if (area.UnitCodes.Count == 0)
            {
                errors.Add(new AreaError(i, area.AssociationCode, null, AllocationErrorCodes.AreaEmpty, $"Förbundet {area.AssociationCode} har inget område (inga kommuner eller stadsdelar)."));
            }

            var inThisArea = new HashSet<string>(StringComparer.Ordinal);
            foreach (var raw in area.UnitCodes)
            {
                var code = raw.Trim();
                if (!inThisArea.Add(code))
                {
                    errors.Add(new AreaError(i, area.AssociationCode, code, AllocationErrorCodes.AreaUnitListedTwice, $"Förbundet {area.AssociationCode} anger enheten {code} mer än en gång."));
                    continue;
                }

                if (!byCode.TryGetValue(code, out var unit))
                {
                    errors.Add(new AreaError(i, area.AssociationCode, code, AllocationErrorCodes.AreaUnknownUnit, $"Förbundet {area.AssociationCode} anger enheten {code}, som inte finns i statistiken."));
                    continue;
                }

                if (owner.TryGetValue(code, out var other))
                {
                    errors.Add(new AreaError(i, area.AssociationCode, code, AllocationErrorCodes.AreaUnitInSeveralAssociations, $"Enheten {code} ({unit.Name}) ingår redan i förbundet {areas[other].AssociationCode}; en enhet kan bara höra till ett förbund samma år (dela den i stadsdelar eller distrikt om området är delat)."));
                    continue;
                }

                owner[code] = i;
                f += unit.SupportMeasure;
                p = checked(p + unit.WorkingAgePopulation);
            }

            totals.Add(new AreaTotals(area.AssociationCode, f, p));
        }

        return new AreaAggregation(errors.Count == 0 ? totals : [], errors);
    }
}
