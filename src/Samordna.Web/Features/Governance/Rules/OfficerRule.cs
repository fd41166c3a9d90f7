using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.Rules;

/// <summary>The board elects a chair and one or two vice chairs among its ledamöter (12 § lag (2003:1210)).</summary>
public static class OfficerRule
{
    public const string Source = "12 § lag (2003:1210)";

    public const int MaxViceChairs = 2;

    /// <returns>A Swedish message, or null when <paramref name="role"/> may hold <paramref name="office"/>.</returns>
    public static string? CheckOffice(BoardRole role, BoardOffice office) =>
        office != BoardOffice.None && role != BoardRole.BoardMember
            ? "Bara en ledamot kan väljas till ordförande eller vice ordförande, inte en ersättare (" + Source + ")."
            : null;

    public static (int Chairs, int ViceChairs) Count(IEnumerable<SeatHolding> active)
    {
        var list = active.Where(a => a.Role == BoardRole.BoardMember).ToList();
        return (list.Count(a => a.Office == BoardOffice.Chair), list.Count(a => a.Office == BoardOffice.ViceChair));
    }
}
