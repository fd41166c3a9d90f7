namespace Samordna.Web.Features.Interventions.Lifecycle;

/// <summary>Where an intervention is in its life, from idea to closed (see <see cref="InterventionLifecycle"/>).</summary>
public enum InterventionState
{
    Idea,
    Submitted,
    ComplementRequested,
    Resubmitted,
    Prepared,
    OnAgenda,
    Decided,
    AgreementSigned,
    Active,
    FinalReportSubmitted,
    Closed,
    Rejected,
    Withdrawn,
    EndedEarly,
}

/// <summary>A move from one state to the next. Each is dated, attributed and audited.</summary>
public enum InterventionMove
{
    Submit,
    RequestComplement,
    Resubmit,
    Prepare,
    PlaceOnAgenda,
    Decide,
    Reject,
    SignAgreement,
    Activate,
    SubmitFinalReport,
    Close,
    Withdraw,
    EndEarly,

    /// <summary>
    /// An existing intervention entered from a spreadsheet (<c>import-interventions</c>) in the state the file gives.
    /// Recorded in the intervention's history; no one can make it as a move (it goes from no state).
    /// </summary>
    Import,
}

/// <summary>In what capacity a user acts on one intervention.</summary>
[Flags]
public enum Capacity
{
    None = 0,

    /// <summary>The association's office (förbundschef/kansli), or a national administrator acting for it.</summary>
    Office = 1,

    /// <summary>Beredningsgruppen: officials of the parties who prepare funding matters.</summary>
    PreparatoryGroup = 2,

    /// <summary>Staff of the owning party (insatsägare) of this intervention.</summary>
    Owner = 4,
}

/// <summary>
/// The one state machine of an intervention's life: which moves exist, from which states, to which state, and who
/// may make them. A move that is not allowed is refused with a Swedish message naming why.
/// </summary>
public static class InterventionLifecycle
{
    public sealed record Rule(InterventionMove Move, IReadOnlyList<InterventionState> From, InterventionState To, Capacity By);

    private static readonly InterventionState[] BeforeDecision =
    [
        InterventionState.Idea, InterventionState.Submitted, InterventionState.ComplementRequested,
        InterventionState.Resubmitted, InterventionState.Prepared, InterventionState.OnAgenda,
    ];

    public static IReadOnlyList<Rule> Rules { get; } =
    [
        new(InterventionMove.Submit, [InterventionState.Idea], InterventionState.Submitted, Capacity.Owner | Capacity.Office),
        new(InterventionMove.RequestComplement, [InterventionState.Submitted, InterventionState.Resubmitted], InterventionState.ComplementRequested, Capacity.PreparatoryGroup | Capacity.Office),
        new(InterventionMove.Resubmit, [InterventionState.ComplementRequested], InterventionState.Resubmitted, Capacity.Owner | Capacity.Office),
        new(InterventionMove.Prepare, [InterventionState.Submitted, InterventionState.Resubmitted], InterventionState.Prepared, Capacity.PreparatoryGroup | Capacity.Office),
        new(InterventionMove.PlaceOnAgenda, [InterventionState.Prepared], InterventionState.OnAgenda, Capacity.Office),
        new(InterventionMove.Decide, [InterventionState.OnAgenda], InterventionState.Decided, Capacity.Office),
        new(InterventionMove.Reject, [InterventionState.OnAgenda], InterventionState.Rejected, Capacity.Office),
        new(InterventionMove.SignAgreement, [InterventionState.Decided], InterventionState.AgreementSigned, Capacity.Owner | Capacity.Office),
        new(InterventionMove.Activate, [InterventionState.AgreementSigned], InterventionState.Active, Capacity.Owner | Capacity.Office),
        new(InterventionMove.SubmitFinalReport, [InterventionState.Active], InterventionState.FinalReportSubmitted, Capacity.Owner | Capacity.Office),
        new(InterventionMove.Close, [InterventionState.FinalReportSubmitted], InterventionState.Closed, Capacity.Office),
        new(InterventionMove.Withdraw, BeforeDecision, InterventionState.Withdrawn, Capacity.Owner | Capacity.Office),
        new(InterventionMove.EndEarly, [InterventionState.Decided, InterventionState.AgreementSigned, InterventionState.Active], InterventionState.EndedEarly, Capacity.Office),
        new(InterventionMove.Import, [], InterventionState.Active, Capacity.None),
    ];

    public static Rule RuleOf(InterventionMove move) => Rules.First(r => r.Move == move);

    /// <summary>The capacities the roles give on an intervention; <paramref name="ownsIt"/>: the user works for its owner.</summary>
    public static Capacity CapacityOf(IEnumerable<Role> roles, bool ownsIt)
    {
        var capacity = Capacity.None;
        foreach (var role in roles)
        {
            capacity |= role switch
            {
                Role.SystemAdministrator or Role.NationalAdministrator or Role.AssociationAdministrator => Capacity.Office,
                Role.PreparatoryGroupMember => Capacity.PreparatoryGroup,
                Role.InterventionOwner when ownsIt => Capacity.Owner,
                _ => Capacity.None,
            };
        }

        return capacity;
    }

    /// <summary>The state the move leads to, or the reason it is refused (state first, then who).</summary>
    public static Result<InterventionState> Check(InterventionState current, InterventionMove move, Capacity capacity)
    {
        var rule = RuleOf(move);
        if (!rule.From.Contains(current))
        {
            return InterventionsErrors.MoveNotAllowed.WithMessage(
                $"Insatsen är i läget \"{InterventionNames.Of(current)}\". \"{InterventionNames.Of(move)}\" går bara från {InterventionNames.List(rule.From)}.");
        }

        if ((rule.By & capacity) == Capacity.None)
        {
            return InterventionsErrors.MoveNotYours.WithMessage(
                $"\"{InterventionNames.Of(move)}\" får bara göras av {InterventionNames.Of(rule.By)}.");
        }

        return rule.To;
    }

    /// <summary>The moves the capacity may make from the state, in the order of <see cref="Rules"/>.</summary>
    public static IReadOnlyList<InterventionMove> Available(InterventionState current, Capacity capacity) =>
        Rules.Where(r => r.From.Contains(current) && (r.By & capacity) != Capacity.None).Select(r => r.Move).ToList();

    public static bool IsTerminal(InterventionState state) =>
        state is InterventionState.Closed or InterventionState.Rejected or InterventionState.Withdrawn or InterventionState.EndedEarly;

    /// <summary>Still an application: its text may change (by the owner or the office).</summary>
    public static bool IsApplication(InterventionState state) => BeforeDecision.Contains(state);
}
