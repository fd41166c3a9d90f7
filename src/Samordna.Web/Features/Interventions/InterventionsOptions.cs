namespace Samordna.Web.Features.Interventions;

/// <summary>One entry of a configured code list: a stable code and the Swedish words shown.</summary>
public sealed class CodeOption
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

/// <summary>
/// The interventions area's configuration (section "Interventions"). The code lists and limits are inferred from
/// association practice, not law, so they are settings with these defaults (finsam-law-economics.md §7).
/// </summary>
public sealed class InterventionsOptions
{
    public const string Section = "Interventions";

    /// <summary>Målgrupp: the target groups an intervention may name (multi-select).</summary>
    public List<CodeOption> TargetGroups { get; set; } = [];

    /// <summary>Preciserad inriktning for individual interventions.</summary>
    public List<CodeOption> IndividualOrientations { get; set; } = [];

    /// <summary>Preciserad inriktning for structural interventions.</summary>
    public List<CodeOption> StructuralOrientations { get; set; } = [];

    /// <summary>The working-age band the target group must lie within (default 16–64).</summary>
    public int WorkingAgeFrom { get; set; } = 16;

    public int WorkingAgeTo { get; set; } = 64;

    /// <summary>Funded in more consecutive calendar years than this, an intervention is flagged as possibly ordinary running work.</summary>
    public int ContinuingFundingYears { get; set; } = 3;

    /// <summary>How many days before a report is due the owner is reminded.</summary>
    public int ReminderDaysBefore { get; set; } = 14;

    /// <summary>How many days before its due date a report appears on the association's to-do list (a late one always does).</summary>
    public int ReportDueHorizonDays { get; set; } = 30;

    public IReadOnlyList<CodeOption> OrientationsFor(Data.Orientation orientation) =>
        orientation == Data.Orientation.Individual ? IndividualOrientations : StructuralOrientations;

    /// <summary>The lists used when configuration names none.</summary>
    public void ApplyDefaults()
    {
        if (TargetGroups.Count == 0)
        {
            TargetGroups =
            [
                new() { Code = "unga", Name = "Unga vuxna (16–29 år)" },
                new() { Code = "langtidsarbetslosa", Name = "Långtidsarbetslösa" },
                new() { Code = "sjukskrivna", Name = "Sjukskrivna eller med aktivitetsersättning" },
                new() { Code = "ekonomiskt-bistand", Name = "Personer med ekonomiskt bistånd" },
                new() { Code = "psykisk-ohalsa", Name = "Personer med psykisk ohälsa" },
                new() { Code = "funktionsnedsattning", Name = "Personer med funktionsnedsättning" },
                new() { Code = "utrikes-fodda", Name = "Utrikes födda och nyanlända" },
                new() { Code = "beroende", Name = "Personer med missbruk eller beroende" },
            ];
        }

        if (IndividualOrientations.Count == 0)
        {
            IndividualOrientations =
            [
                new() { Code = "forrehabilitering", Name = "Förrehabilitering" },
                new() { Code = "arbetslivsinriktad-rehabilitering", Name = "Arbetslivsinriktad rehabilitering" },
                new() { Code = "kartlaggning", Name = "Kartläggning och bedömning" },
                new() { Code = "stod-arbete-studier", Name = "Stöd till arbete eller studier" },
            ];
        }

        if (StructuralOrientations.Count == 0)
        {
            StructuralOrientations =
            [
                new() { Code = "kompetensutveckling", Name = "Kompetensutveckling" },
                new() { Code = "metodutveckling", Name = "Metodutveckling" },
                new() { Code = "samverkansstruktur", Name = "Samverkansstruktur" },
                new() { Code = "behovsanalys", Name = "Behovsanalys och kartläggning" },
            ];
        }
    }

    public string TargetGroupName(string code) => TargetGroups.FirstOrDefault(t => t.Code == code)?.Name ?? code;

    public string OrientationName(Data.Orientation orientation, string code) =>
        OrientationsFor(orientation).FirstOrDefault(o => o.Code == code)?.Name ?? code;
}
