using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions;

/// <summary>The Swedish words the UI uses for the interventions area's enums.</summary>
public static class InterventionNames
{
    public static string Of(InterventionState state) => state switch
    {
        InterventionState.Idea => "Idé",
        InterventionState.Submitted => "Ansökan inlämnad",
        InterventionState.ComplementRequested => "Komplettering begärd",
        InterventionState.Resubmitted => "Komplettering inlämnad",
        InterventionState.Prepared => "Beredd",
        InterventionState.OnAgenda => "På styrelsens dagordning",
        InterventionState.Decided => "Beviljad",
        InterventionState.AgreementSigned => "Överenskommelse undertecknad",
        InterventionState.Active => "Pågår",
        InterventionState.FinalReportSubmitted => "Slutrapport inlämnad",
        InterventionState.Closed => "Avslutad",
        InterventionState.Rejected => "Avslag",
        InterventionState.Withdrawn => "Återkallad",
        InterventionState.EndedEarly => "Avbruten i förtid",
        _ => state.ToString(),
    };

    public static string Of(InterventionMove move) => move switch
    {
        InterventionMove.Submit => "Lämna in ansökan",
        InterventionMove.RequestComplement => "Begär komplettering",
        InterventionMove.Resubmit => "Lämna in komplettering",
        InterventionMove.Prepare => "Bered (rekommendation)",
        InterventionMove.PlaceOnAgenda => "Sätt upp på styrelsens dagordning",
        InterventionMove.Decide => "Registrera beslut om medel",
        InterventionMove.Reject => "Registrera avslag",
        InterventionMove.SignAgreement => "Registrera undertecknad överenskommelse",
        InterventionMove.Activate => "Starta insatsen",
        InterventionMove.SubmitFinalReport => "Lämna slutrapport",
        InterventionMove.Close => "Avsluta insatsen",
        InterventionMove.Withdraw => "Återkalla ansökan",
        InterventionMove.EndEarly => "Avbryt insatsen i förtid",
        InterventionMove.Import => "Importerad från kalkylblad",
        _ => move.ToString(),
    };

    public static string Of(Capacity capacity)
    {
        var who = new List<string>();
        if (capacity.HasFlag(Capacity.Office))
        {
            who.Add("förbundets kansli");
        }

        if (capacity.HasFlag(Capacity.PreparatoryGroup))
        {
            who.Add("beredningsgruppen");
        }

        if (capacity.HasFlag(Capacity.Owner))
        {
            who.Add("insatsägaren");
        }

        return Join(who);
    }

    public static string List(IEnumerable<InterventionState> states) => Join(states.Select(s => $"\"{Of(s)}\"").ToList());

    private static string Join(IReadOnlyList<string> words) => words.Count switch
    {
        0 => "ingen",
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + " eller " + words[^1],
    };

    public static string Of(Orientation orientation) => orientation switch
    {
        Orientation.Individual => "Individinriktad",
        Orientation.Structural => "Strukturövergripande",
        _ => orientation.ToString(),
    };

    public static string Of(FollowUpMethod method) => method switch
    {
        FollowUpMethod.ParticipantRecords => "Deltagaruppgifter utan identitet",
        FollowUpMethod.HeadcountOnly => "Endast antal (volyminsats)",
        _ => method.ToString(),
    };

    public static string Of(AccessRoute route) => route switch
    {
        AccessRoute.Referral => "Genom remiss från en myndighet",
        AccessRoute.SelfReferral => "Egen anmälan",
        AccessRoute.Both => "Remiss eller egen anmälan",
        _ => route.ToString(),
    };

    public static string Of(BudgetLineKind kind) => kind switch
    {
        BudgetLineKind.Staff => "Personal",
        BudgetLineKind.OtherCosts => "Övriga kostnader",
        BudgetLineKind.CoFinancingInKind => "Parternas egen medfinansiering (i form av arbetstid m.m.)",
        BudgetLineKind.Esf => "ESF-medfinansiering",
        _ => kind.ToString(),
    };

    public static string Of(ReportKind kind) => kind switch
    {
        ReportKind.Interim => "Delrapport",
        ReportKind.Final => "Slutrapport",
        _ => kind.ToString(),
    };

    public static string Of(Documents.DocumentKind kind) => kind switch
    {
        Documents.DocumentKind.Application => "Ansökan",
        Documents.DocumentKind.Agreement => "Överenskommelse",
        Documents.DocumentKind.Report => "Rapport",
        _ => "Övrigt",
    };

    public static string Of(Recommendation recommendation) => recommendation switch
    {
        Recommendation.Approve => "Bevilja",
        Recommendation.Reject => "Avslå",
        _ => recommendation.ToString(),
    };
}
