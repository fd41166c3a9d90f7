namespace Samordna.Web.Features.Governance.Rules;

/// <summary>
/// The board may decide only when more than half of its seats are filled by serving ledamöter (or ersättare serving
/// for them): exactly half is not enough. The rule is kommunallagen's for boards and committees (6 kap. 28 §
/// kommunallagen (2017:725)), which the association's board follows.
/// </summary>
public static class QuorumRule
{
    public const string Source = "6 kap. 28 § kommunallagen (2017:725)";

    /// <summary>The fewest serving ledamöter that make the board quorate.</summary>
    public static int MinimumServing(int seats) => (seats / 2) + 1;

    public static bool HasQuorum(int seats, int serving) => seats > 0 && serving * 2 > seats;
}
