using Samordna.Web.Features.Interventions;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.UnitTests.Interventions;

/// <summary>
/// Every move from every state by every role, against the life cycle as the issue describes it, written out here by
/// hand (not read from the code): who may make each move, from which states, and where it leads.
/// </summary>
public sealed class InterventionLifecycleTests
{
    // move: from-states | to-state | who (O = office, P = preparatory group, W = the owner's own staff)
    private const string Expected = """
        Submit: Idea | Submitted | O W
        RequestComplement: Submitted Resubmitted | ComplementRequested | O P
        Resubmit: ComplementRequested | Resubmitted | O W
        Prepare: Submitted Resubmitted | Prepared | O P
        PlaceOnAgenda: Prepared | OnAgenda | O
        Decide: OnAgenda | Decided | O
        Reject: OnAgenda | Rejected | O
        SignAgreement: Decided | AgreementSigned | O W
        Activate: AgreementSigned | Active | O W
        SubmitFinalReport: Active | FinalReportSubmitted | O W
        Close: FinalReportSubmitted | Closed | O
        Withdraw: Idea Submitted ComplementRequested Resubmitted Prepared OnAgenda | Withdrawn | O W
        EndEarly: Decided AgreementSigned Active | EndedEarly | O
        Import:  | Active | -
        """;

    private static readonly Dictionary<InterventionMove, (HashSet<InterventionState> From, InterventionState To, string Who)> Table =
        Expected.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToDictionary(
            line => Enum.Parse<InterventionMove>(line[..line.IndexOf(':')]),
            line =>
            {
                var parts = line[(line.IndexOf(':') + 1)..].Split('|', StringSplitOptions.TrimEntries);
                return (parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<InterventionState>).ToHashSet(), Enum.Parse<InterventionState>(parts[1]), parts[2]);
            });

    /// <summary>The letter of the capacity a role gives (none for roles that only read).</summary>
    private static string? Letter(Role role, bool ownsIt) => role switch
    {
        Role.SystemAdministrator or Role.NationalAdministrator or Role.AssociationAdministrator => "O",
        Role.PreparatoryGroupMember => "P",
        Role.InterventionOwner => ownsIt ? "W" : null,
        _ => null,
    };

    public static IEnumerable<object[]> Cases() =>
        from role in Enum.GetValues<Role>()
        from owns in new[] { true, false }
        select new object[] { role, owns };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_move_from_every_state_is_allowed_or_refused_as_the_life_cycle_says(Role role, bool ownsIt)
    {
        var capacity = InterventionLifecycle.CapacityOf([role], ownsIt);
        var letter = Letter(role, ownsIt);
        foreach (var state in Enum.GetValues<InterventionState>())
        {
            foreach (var move in Enum.GetValues<InterventionMove>())
            {
                var (from, to, who) = Table[move];
                var result = InterventionLifecycle.Check(state, move, capacity);
                if (!from.Contains(state))
                {
                    Assert.False(result.IsSuccess, $"{role}: {move} from {state} must be refused");
                    Assert.Equal(InterventionsErrors.MoveNotAllowed.Code, result.Error!.Code);
                    Assert.Contains(InterventionNames.Of(state), result.Error.Message, StringComparison.Ordinal);
                }
                else if (letter is null || !who.Split(' ').Contains(letter))
                {
                    Assert.False(result.IsSuccess, $"{role} (owns: {ownsIt}): {move} from {state} must be refused");
                    Assert.Equal(InterventionsErrors.MoveNotYours.Code, result.Error!.Code);
                    Assert.StartsWith($"\"{InterventionNames.Of(move)}\" får bara göras av ", result.Error.Message, StringComparison.Ordinal);
                }
                else
                {
                    Assert.True(result.IsSuccess, $"{role} (owns: {ownsIt}): {move} from {state} must be allowed: {result.Error?.Message}");
                    Assert.Equal(to, result.Value);
                }
            }
        }
    }

    [Fact]
    public void A_finished_intervention_has_no_moves_left_for_anyone()
    {
        var everyone = Capacity.Office | Capacity.PreparatoryGroup | Capacity.Owner;
        foreach (var state in new[] { InterventionState.Closed, InterventionState.Rejected, InterventionState.Withdrawn, InterventionState.EndedEarly })
        {
            Assert.True(InterventionLifecycle.IsTerminal(state));
            Assert.Empty(InterventionLifecycle.Available(state, everyone));
        }
    }

    [Fact]
    public void The_refusal_names_who_may_make_the_move_in_Swedish()
    {
        var refused = InterventionLifecycle.Check(InterventionState.Submitted, InterventionMove.Prepare, Capacity.Owner);
        Assert.Equal("\"Bered (rekommendation)\" får bara göras av förbundets kansli eller beredningsgruppen.", refused.Error!.Message);
        var wrongState = InterventionLifecycle.Check(InterventionState.Idea, InterventionMove.Decide, Capacity.Office);
        Assert.Equal("Insatsen är i läget \"Idé\". \"Registrera beslut om medel\" går bara från \"På styrelsens dagordning\".", wrongState.Error!.Message);
    }
}
