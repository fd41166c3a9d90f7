using Samordna.Web.Features.Interventions.Rules;

namespace Samordna.Web.Features.Interventions.ImportInterventions;

/// <summary>
/// The Swedish column headers of the interventions import (README.md, docs/examples/insatser-import.csv), and which
/// column a field of the application or a rule comes from, so every message names the column the user fills in.
/// </summary>
public static class ImportColumns
{
    public const string Name = "Namn";
    public const string Description = "Beskrivning";
    public const string Orientation = "Inriktning";
    public const string PreciseOrientation = "Preciserad inriktning";
    public const string FollowUp = "Uppföljningsmetod";
    public const string Esf = "ESF";
    public const string TargetGroups = "Målgrupper";
    public const string Owner = "Insatsägare";
    public const string Parties = "Parter";
    public const string Municipalities = "Kommuner";
    public const string Start = "Startdatum";
    public const string End = "Slutdatum";
    public const string AgeFrom = "Lägsta ålder";
    public const string AgeTo = "Högsta ålder";
    public const string Women = "Planerade kvinnor per år";
    public const string Men = "Planerade män per år";
    public const string Access = "Hur man kommer in";
    public const string Contact = "Kontakt";
    public const string State = "Läge";
    public const string Signed = "Överenskommelse undertecknad";
    public const string Decision = "Beslut";
    public const string Granted = "Beviljat per år";

    public static readonly string[] Required = [Name, Description, Orientation, PreciseOrientation, FollowUp, TargetGroups, Owner, Parties, Municipalities, Start, End, Access, Contact, State];

    /// <summary>Every column, in the order of the example file and of the messages.</summary>
    public static readonly string[] All = [Name, Description, Orientation, PreciseOrientation, FollowUp, Esf, TargetGroups, Owner, Parties, Municipalities, Start, End, AgeFrom, AgeTo, Women, Men, Access, Contact, State, Signed, Decision, Granted];

    /// <summary>The column of a field as <c>SaveInterventionHandler.Validate</c>, the handler and the move's amount rules name it.</summary>
    public static string Of(string? field) => field?.Split('[', '.')[0] switch
    {
        "name" => Name,
        "description" => Description,
        "orientation" => Orientation,
        "preciseOrientation" => PreciseOrientation,
        "followUpMethod" => FollowUp,
        "esfCoFinanced" => Esf,
        "targetGroups" => TargetGroups,
        "ownerOrganisationId" => Owner,
        "parties" => Parties,
        "municipalities" => Municipalities,
        "startDate" => Start,
        "endDate" => End,
        "ageFrom" => AgeFrom,
        "ageTo" => AgeTo,
        "plannedParticipants" => Women,
        "accessRoute" => Access,
        "publicContact" => Contact,
        "decisionId" => Decision,
        "grants" or "funding" or "amount" => Granted,
        { } column when All.Contains(column) => column,
        _ => Name,
    };

    /// <summary>The column a failed rule is about.</summary>
    public static string OfRule(string code) => code switch
    {
        InterventionRules.TwoParties => Parties,
        InterventionRules.OwnerIsParty => Owner,
        InterventionRules.WorkingAge => AgeFrom,
        InterventionRules.AgreementBeforeActive => Signed,
        _ => State,
    };
}
