using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.Rules;

/// <summary>The facts the rules read about one intervention, loaded once (see <see cref="InterventionRules"/>).</summary>
public sealed record InterventionFacts(
    InterventionState State,
    IReadOnlyList<(Guid OrganisationId, OrganisationKind Kind)> Parties,
    Guid OwnerOrganisationId,
    int AgeFrom,
    int AgeTo,
    DateOnly? AgreementSignedOn,
    IReadOnlyCollection<int> FundedYears);

/// <summary>One named rule's outcome on one intervention, with where the rule comes from.</summary>
public sealed record RuleCheck(string Code, string Name, string Source, bool Passed, string Message, bool IsWarning = false);

/// <summary>
/// The rules of funding an intervention, each a named check in Swedish with its source (finsam-law-economics.md
/// R10–R11 and §7.1). They are shown on the intervention, in the board's decision basis and on the compliance panel;
/// submitting an application or starting an intervention requires the ones that are not warnings.
/// </summary>
public static class InterventionRules
{
    public const string TwoParties = "INTERVENTION_TWO_PARTIES";
    public const string OwnerIsParty = "INTERVENTION_OWNER_IS_PARTY";
    public const string WorkingAge = "INTERVENTION_WORKING_AGE";
    public const string AgreementBeforeActive = "INTERVENTION_AGREEMENT_BEFORE_ACTIVE";
    public const string NotRunningWork = "INTERVENTION_NOT_RUNNING_WORK";

    /// <summary>The party an organisation belongs to: several municipalities (or regions) together are one party.</summary>
    public static string PartyOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.SocialInsuranceAgency => "Försäkringskassan",
        OrganisationKind.EmploymentService => "Arbetsförmedlingen",
        OrganisationKind.Region => "region",
        OrganisationKind.Municipality or OrganisationKind.MunicipalDistrict => "kommun",
        _ => kind.ToString(),
    };

    public static IReadOnlyList<RuleCheck> Check(InterventionFacts f, InterventionsOptions options)
    {
        var parties = f.Parties.Select(p => PartyOf(p.Kind)).Distinct().ToList();
        var checks = new List<RuleCheck>
        {
            new(TwoParties, "Minst två parter", "Lag (2003:1210) 1–2 §§; flera kommuner är en part (5 §)",
                parties.Count >= 2,
                parties.Count >= 2
                    ? $"Parterna är {string.Join(", ", parties)}."
                    : parties.Count == 1
                        ? $"Bara en part deltar ({parties[0]}). Flera kommuner räknas tillsammans som en part; minst två parter måste samverka."
                        : "Ingen part deltar ännu. Minst två parter måste samverka."),
            new(OwnerIsParty, "Insatsägaren är en av parterna", "Förbundens riktlinjer för ansökan om medel",
                f.Parties.Any(p => p.OrganisationId == f.OwnerOrganisationId),
                f.Parties.Any(p => p.OrganisationId == f.OwnerOrganisationId)
                    ? "Insatsägaren deltar som part."
                    : "Insatsägaren måste vara en av de parter som deltar."),
            new(WorkingAge, $"Målgruppen är i arbetsför ålder ({options.WorkingAgeFrom}–{options.WorkingAgeTo} år)", "Lag (2003:1210) 2 §; förbundens riktlinjer",
                f.AgeFrom >= options.WorkingAgeFrom && f.AgeTo <= options.WorkingAgeTo && f.AgeFrom <= f.AgeTo,
                f.AgeFrom >= options.WorkingAgeFrom && f.AgeTo <= options.WorkingAgeTo && f.AgeFrom <= f.AgeTo
                    ? $"Målgruppen är {f.AgeFrom}–{f.AgeTo} år och behöver samordnat stöd från minst två parter."
                    : $"Målgruppen {f.AgeFrom}–{f.AgeTo} år ligger utanför arbetsför ålder ({options.WorkingAgeFrom}–{options.WorkingAgeTo} år)."),
        };

        var runs = f.State is InterventionState.Active or InterventionState.FinalReportSubmitted;
        checks.Add(new(AgreementBeforeActive, "Insatsen pågår först när insatsägaren undertecknat överenskommelsen", "Lag (2003:1210) 7 §: förbundet finansierar men kan inte beordra en part",
            !runs || f.AgreementSignedOn is not null,
            runs && f.AgreementSignedOn is null
                ? "Insatsen pågår men ingen undertecknad överenskommelse är registrerad."
                : f.AgreementSignedOn is { } signed ? $"Överenskommelsen undertecknades {Domain.SwedishCulture.Date(signed)}." : "Ingen överenskommelse behövs ännu."));

        var longest = LongestRun(f.FundedYears);
        checks.Add(new(NotRunningWork, "Inte ordinarie verksamhet hos en part", "Lag (2003:1210) 7 §; förbundens riktlinjer (löpande verksamhet)",
            longest <= options.ContinuingFundingYears,
            longest <= options.ContinuingFundingYears
                ? longest == 0 ? "Insatsen har inte fått medel ännu." : $"Finansierad {longest} år i följd (gräns {options.ContinuingFundingYears})."
                : $"Finansierad {longest} år i följd, mer än {options.ContinuingFundingYears}. Pröva om insatsen har blivit ordinarie verksamhet hos en part, som förbundet inte ska finansiera.",
            IsWarning: true));
        return checks;
    }

    /// <summary>The most consecutive calendar years among <paramref name="years"/>.</summary>
    public static int LongestRun(IReadOnlyCollection<int> years)
    {
        var longest = 0;
        var sorted = years.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            var run = 1;
            while (i + 1 < sorted.Count && sorted[i + 1] == sorted[i] + 1)
            {
                run++;
                i++;
            }

            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>The checks that stop a submission or a start: every failed rule that is not a warning.</summary>
    public static IReadOnlyList<RuleCheck> Blocking(IEnumerable<RuleCheck> checks) => checks.Where(c => !c.Passed && !c.IsWarning).ToList();
}
