namespace Samordna.Web.Features.Governance.Data;

/// <summary>The Swedish words the UI uses for the governance enums.</summary>
public static class GovernanceNames
{
    public static string Of(BoardRole role) => role switch
    {
        BoardRole.BoardMember => "Ledamot",
        BoardRole.Substitute => "Ersättare",
        _ => role.ToString(),
    };

    public static string Of(EligibilityBasis basis) => basis switch
    {
        EligibilityBasis.CouncilMember => "Ledamot i fullmäktige",
        EligibilityBasis.CouncilSubstitute => "Ersättare i fullmäktige",
        EligibilityBasis.AgencyEmployee => "Anställd vid Försäkringskassan eller Arbetsförmedlingen",
        _ => basis.ToString(),
    };

    public static string Of(BoardOffice office) => office switch
    {
        BoardOffice.None => "–",
        BoardOffice.Chair => "Ordförande",
        BoardOffice.ViceChair => "Vice ordförande",
        _ => office.ToString(),
    };

    public static string Of(AuditorKind kind) => kind switch
    {
        AuditorKind.MemberAuditor => "Revisor utsedd av medlem",
        AuditorKind.StateAuditor => "Statens revisor (för Försäkringskassan och Arbetsförmedlingen)",
        _ => kind.ToString(),
    };

    public static string Of(MeetingKind kind) => kind switch
    {
        MeetingKind.Ordinary => "Ordinarie sammanträde",
        MeetingKind.Extra => "Extra sammanträde",
        MeetingKind.Constituent => "Konstituerande sammanträde",
        _ => kind.ToString(),
    };

    public static string Of(MeetingDocumentKind kind) => kind switch
    {
        MeetingDocumentKind.Notice => "Kallelse",
        MeetingDocumentKind.Paper => "Handling",
        MeetingDocumentKind.Minutes => "Protokoll",
        _ => kind.ToString(),
    };

    public static string Of(AttendanceCapacity capacity) => capacity switch
    {
        AttendanceCapacity.BoardMember => "Tjänstgörande ledamot",
        AttendanceCapacity.ServingSubstitute => "Tjänstgörande ersättare",
        AttendanceCapacity.NonServingSubstitute => "Närvarande ersättare (tjänstgör inte)",
        _ => capacity.ToString(),
    };

    public static string Of(DecisionLinkKind kind) => kind switch
    {
        DecisionLinkKind.None => "Ingen koppling",
        DecisionLinkKind.Budget => "Verksamhetsplan och budget",
        DecisionLinkKind.FundingDecision => "Beslut om medel till insats",
        DecisionLinkKind.CharterVersion => "Förbundsordning",
        DecisionLinkKind.Other => "Annat",
        DecisionLinkKind.AnnualReport => "Årsredovisning",
        _ => kind.ToString(),
    };

    public static string Of(VoteKind kind) => kind switch
    {
        VoteKind.None => "Ingen omröstning",
        VoteKind.Counted => "Omröstning, antal röster",
        VoteKind.RollCall => "Omröstning, röst per ledamot (namnupprop)",
        _ => kind.ToString(),
    };

    public static string Of(VoteChoice choice) => choice switch
    {
        VoteChoice.For => "Ja",
        VoteChoice.Against => "Nej",
        VoteChoice.Abstain => "Avstår",
        _ => choice.ToString(),
    };

    public static string Of(DischargeOutcome outcome) => outcome switch
    {
        DischargeOutcome.Pending => "Ej beslutad",
        DischargeOutcome.Granted => "Beviljad",
        DischargeOutcome.Refused => "Vägrad",
        _ => outcome.ToString(),
    };
}
