using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.Interventions;

namespace Samordna.Web.Features.FollowUp.RecordParticipation;

/// <summary>
/// The one check of a participation's values, used by the forms, the API and the import alike: every code must be on
/// its configured list, the birth year plausible and the dates in order. Messages name the field in Swedish.
/// </summary>
public sealed class ParticipationValidation(FollowUpOptions options, TimeProvider clock)
{
    public const int MaxIncomeSources = 12;

    public ValidationErrors Start(Sex? sex, int? birthYear, DateOnly? startDate, string? occupation, IReadOnlyList<string>? incomes, string? supportTime, string? education)
    {
        var errors = new ValidationErrors();
        var thisYear = clock.GetUtcNow().Year;
        errors.Required("sex", "Kön", sex);
        if (errors.Required("birthYear", "Födelseår", birthYear))
        {
            errors.Range("birthYear", "Födelseår", birthYear, thisYear - 100, thisYear - 10);
        }

        if (errors.Required("startDate", "Startdatum", startDate))
        {
            errors.Check(startDate!.Value.Year >= 2000 && startDate.Value <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(31),
                "startDate", "Startdatum måste ligga mellan år 2000 och en månad framåt.");
        }

        Code(errors, "startOccupation", "Sysselsättning vid start", occupation, options.Occupations.Select(o => o.Code));
        Incomes(errors, "startIncomes", "Försörjning vid start", incomes, required: true);
        Code(errors, "supportTimeBefore", "Tid med offentlig försörjning före insatsen", supportTime, options.SupportTimes.Select(o => o.Code));
        Code(errors, "educationLevel", "Utbildningsnivå", education, options.EducationLevels.Select(o => o.Code));
        return errors;
    }

    public ValidationErrors End(DateOnly? startDate, DateOnly? endDate, string? occupation, IReadOnlyList<string>? incomes, string? exitReason, bool required)
    {
        var errors = new ValidationErrors();
        var anyGiven = endDate is not null || !string.IsNullOrEmpty(occupation) || !string.IsNullOrEmpty(exitReason) || incomes is { Count: > 0 };
        if (!required && !anyGiven)
        {
            return errors;
        }

        if (errors.Required("endDate", "Slutdatum", endDate))
        {
            errors.DateOrder("endDate", "Slutdatum", startDate, endDate, "Startdatum");
            errors.Check(endDate!.Value <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(31), "endDate", "Slutdatum får ligga högst en månad framåt.");
        }

        Code(errors, "exitReason", "Avslutningsanledning", exitReason, options.ExitReasons.Select(o => o.Code));
        if (exitReason == FollowUpOptions.MistakeExitReason)
        {
            // A record entered by mistake is left out of every report; its end status is not asked for.
            return errors;
        }

        Code(errors, "endOccupation", "Sysselsättning vid avslut", occupation, options.Occupations.Select(o => o.Code));
        Incomes(errors, "endIncomes", "Försörjning vid avslut", incomes, required: true);
        return errors;
    }

    /// <summary>A warning (not an error) when the age at start lies outside the intervention's target age band.</summary>
    public static string? AgeWarning(int birthYear, DateOnly startDate, int ageFrom, int ageTo)
    {
        var age = startDate.Year - birthYear;
        return age < ageFrom || age > ageTo
            ? $"Åldern vid start ({age.ToString(CultureInfo.InvariantCulture)} år) ligger utanför insatsens målgrupp ({ageFrom.ToString(CultureInfo.InvariantCulture)}–{ageTo.ToString(CultureInfo.InvariantCulture)} år)."
            : null;
    }

    public const string StructuralWarning = "Insatsen är strukturövergripande; deltagare i sådana insatser räknas vanligen som antal, inte som registrerade deltaganden.";

    private static void Code(ValidationErrors errors, string field, string label, string? value, IEnumerable<string> allowed)
    {
        if (errors.Required(field, label, value) && !allowed.Contains(value, StringComparer.Ordinal))
        {
            errors.Add(field, $"{label} har ett värde som inte finns i listan. Välj ett av alternativen.");
        }
    }

    private void Incomes(ValidationErrors errors, string field, string label, IReadOnlyList<string>? values, bool required)
    {
        if (values is null || values.Count == 0)
        {
            if (required)
            {
                errors.Add(field, $"{label}: välj minst en försörjningskälla (eller \"Ingen eller okänd\").");
            }

            return;
        }

        if (values.Count > MaxIncomeSources || values.Any(v => !options.IncomeSources.Any(o => o.Code == v)))
        {
            errors.Add(field, $"{label} har ett värde som inte finns i listan. Välj bland alternativen.");
        }
    }

    public IReadOnlyList<CodeOption> OccupationOptions => options.Occupations.Select(o => new CodeOption { Code = o.Code, Name = o.Name }).ToList();
}
