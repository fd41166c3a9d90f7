using Samordna.Web.Features.Interventions;

namespace Samordna.Web.Features.FollowUp;

/// <summary>What a sysselsättning code means for the outcome indicators.</summary>
public enum OccupationOutcome
{
    Work,
    Studies,
    JobSeeking,
    Other,
}

/// <summary>One sysselsättning: its code, words, outcome class, and whether it is work with wage subsidy ("varav med lönestöd").</summary>
public sealed class OccupationOption
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public OccupationOutcome Outcome { get; set; }

    public bool WageSubsidy { get; set; }
}

/// <summary>
/// The follow-up area's configuration (section "FollowUp"). SUS's exact option lists were never retrieved
/// (finsam-followup.md §1.4, §8), so every list is a setting with these defaults.
/// </summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUp";

    public const int MaxCodeLength = 60;

    /// <summary>The exit reason that marks a record entered by mistake (felregistrering): it is left out of every report.</summary>
    public const string MistakeExitReason = "felregistrering";

    public List<OccupationOption> Occupations { get; set; } = [];

    /// <summary>Försörjningskällor (multi-select at start and end).</summary>
    public List<CodeOption> IncomeSources { get; set; } = [];

    /// <summary>Time on public support before the intervention, in bands.</summary>
    public List<CodeOption> SupportTimes { get; set; } = [];

    public List<CodeOption> EducationLevels { get; set; } = [];

    /// <summary>Avslutningsanledningar; must contain <see cref="MistakeExitReason"/>.</summary>
    public List<CodeOption> ExitReasons { get; set; } = [];

    /// <summary>The first age of each age band after the first (the first band is everything below the first bound).</summary>
    public List<int> AgeBandStarts { get; set; } = [];

    /// <summary>Records are disposed of (gallras) this many years after the participation ended; aggregates stay.</summary>
    public int DisposalYearsAfterEnd { get; set; } = 5;

    /// <summary>
    /// The same for an intervention co-financed by the ESF, whose rules keep documents longer (an inferred default:
    /// set it from the project's ESF decision). Never shorter than <see cref="DisposalYearsAfterEnd"/>.
    /// </summary>
    public int EsfDisposalYearsAfterEnd { get; set; } = 10;

    public void ApplyDefaults()
    {
        if (Occupations.Count == 0)
        {
            Occupations =
            [
                new() { Code = "arbete", Name = "Förvärvsarbete utan lönestöd", Outcome = OccupationOutcome.Work },
                new() { Code = "arbete-lonestod", Name = "Förvärvsarbete med lönestöd", Outcome = OccupationOutcome.Work, WageSubsidy = true },
                new() { Code = "studier", Name = "Studier", Outcome = OccupationOutcome.Studies },
                new() { Code = "arbetssokande", Name = "Aktivt arbetssökande", Outcome = OccupationOutcome.JobSeeking },
                new() { Code = "ovrigt", Name = "Övrigt eller ingen sysselsättning", Outcome = OccupationOutcome.Other },
            ];
        }

        if (IncomeSources.Count == 0)
        {
            IncomeSources =
            [
                new() { Code = "lon", Name = "Lön" },
                new() { Code = "sjukpenning", Name = "Sjukpenning eller rehabiliteringspenning" },
                new() { Code = "sjukersattning", Name = "Sjukersättning" },
                new() { Code = "aktivitetsersattning", Name = "Aktivitetsersättning" },
                new() { Code = "a-kassa", Name = "Arbetslöshetsersättning" },
                new() { Code = "aktivitetsstod", Name = "Aktivitetsstöd" },
                new() { Code = "etableringsersattning", Name = "Etableringsersättning" },
                new() { Code = "ekonomiskt-bistand", Name = "Ekonomiskt bistånd (försörjningsstöd)" },
                new() { Code = "studiemedel", Name = "Studiemedel" },
                new() { Code = "annan", Name = "Annan försörjning" },
                new() { Code = "ingen-okand", Name = "Ingen eller okänd" },
            ];
        }

        if (SupportTimes.Count == 0)
        {
            SupportTimes =
            [
                new() { Code = "under-1", Name = "Mindre än 1 år" },
                new() { Code = "1-2", Name = "1–2 år" },
                new() { Code = "3-5", Name = "3–5 år" },
                new() { Code = "over-5", Name = "Mer än 5 år" },
                new() { Code = "okand", Name = "Okänd" },
            ];
        }

        if (EducationLevels.Count == 0)
        {
            EducationLevels =
            [
                new() { Code = "ej-grundskola", Name = "Ej avslutad grundskola" },
                new() { Code = "grundskola", Name = "Grundskola" },
                new() { Code = "gymnasium", Name = "Gymnasium" },
                new() { Code = "eftergymnasial", Name = "Eftergymnasial utbildning" },
                new() { Code = "okand", Name = "Okänd" },
            ];
        }

        if (ExitReasons.Count == 0)
        {
            ExitReasons =
            [
                new() { Code = "enligt-plan", Name = "Enligt plan" },
                new() { Code = "avbrott-halsa", Name = "Avbrott av hälsoskäl" },
                new() { Code = "eget-onskemal", Name = "Eget önskemål" },
                new() { Code = "flyttat", Name = "Flyttat" },
                new() { Code = "annat", Name = "Annat skäl" },
                new() { Code = MistakeExitReason, Name = "Felregistrering" },
            ];
        }

        if (AgeBandStarts.Count == 0)
        {
            AgeBandStarts = [16, 25, 30, 40, 50, 65];
        }
    }

    /// <summary>The age band of an age, as shown: "under 16", "16–24", …, "65 och äldre".</summary>
    public string AgeBand(int age)
    {
        if (age < AgeBandStarts[0])
        {
            return $"under {AgeBandStarts[0]}";
        }

        for (var i = 0; i < AgeBandStarts.Count - 1; i++)
        {
            if (age < AgeBandStarts[i + 1])
            {
                return $"{AgeBandStarts[i]}–{AgeBandStarts[i + 1] - 1}";
            }
        }

        return $"{AgeBandStarts[^1]} och äldre";
    }

    /// <summary>Every age band label in order.</summary>
    public IEnumerable<string> AgeBands()
    {
        yield return AgeBand(AgeBandStarts[0] - 1);
        foreach (var start in AgeBandStarts)
        {
            yield return AgeBand(start);
        }
    }
}
