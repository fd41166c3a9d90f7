using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.Rules;

/// <summary>The outcome of checking an exit: the date it takes effect, or why it cannot be accepted.</summary>
public sealed record ExitAssessment(DateOnly? EffectiveDate, int NoticeMonths, string? Error, string? Field)
{
    public bool IsAllowed => Error is null;
}

/// <summary>
/// Leaving an association (R12): notice of three years (36 months) unless the charter in force when notice is given
/// sets a shorter period; the exit takes effect at the earliest when the notice period has run, on the first day the
/// organisation is no longer a member. Försäkringskassan and Arbetsförmedlingen can never leave: their instructions
/// require them to take part.
/// </summary>
public static class ExitNoticeRule
{
    public const string Code = "REGISTRY_EXIT_NOTICE";

    public const int LawNoticeMonths = 36;

    /// <summary>The notice period that applies: the charter's if it is shorter than the law's three years.</summary>
    public static int NoticeMonths(int? charterNoticeMonths) =>
        charterNoticeMonths is { } m && m < LawNoticeMonths ? Math.Max(0, m) : LawNoticeMonths;

    /// <summary>The first day the organisation may be outside the association.</summary>
    public static DateOnly EarliestEffectiveDate(DateOnly noticeDate, int? charterNoticeMonths) =>
        noticeDate.AddMonths(NoticeMonths(charterNoticeMonths));

    public static bool CanLeave(OrganisationKind kind) =>
        kind is not (OrganisationKind.SocialInsuranceAgency or OrganisationKind.EmploymentService);

    /// <summary>
    /// Checks an exit. Without <paramref name="requestedEffectiveDate"/> the exit takes effect as soon as the notice
    /// period allows; a requested date may be later, never earlier.
    /// </summary>
    public static ExitAssessment Assess(OrganisationKind kind, string memberName, DateOnly noticeDate, DateOnly? requestedEffectiveDate, int? charterNoticeMonths)
    {
        var months = NoticeMonths(charterNoticeMonths);
        if (!CanLeave(kind))
        {
            return new ExitAssessment(null, months,
                $"{memberName} kan inte träda ut ur ett samordningsförbund: Försäkringskassan och Arbetsförmedlingen ska alltid vara medlemmar ({LawSources.StateMembers}).",
                "organisationId");
        }

        var earliest = EarliestEffectiveDate(noticeDate, charterNoticeMonths);
        if (requestedEffectiveDate is { } requested && requested < earliest)
        {
            var source = months == LawNoticeMonths ? "lagens tre år" : $"förbundsordningens {months} månader";
            return new ExitAssessment(null, months,
                $"Utträdet kan gälla tidigast från {Domain.SwedishCulture.Date(earliest)}: uppsägningstiden är {months} månader ({source}) från uppsägningen {Domain.SwedishCulture.Date(noticeDate)}.",
                "effectiveDate");
        }

        return new ExitAssessment(requestedEffectiveDate ?? earliest, months, null, null);
    }
}
