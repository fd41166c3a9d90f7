using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.Rules;

/// <summary>
/// Who may be appointed, 12 § lag (2003:1210): a municipality or region appoints ledamöter or ersättare of its own
/// council (kommun- or regionfullmäktige); FK and AF appoint their employees.
/// </summary>
public static class EligibilityRule
{
    public const string Source = "12 § lag (2003:1210)";

    /// <returns>A Swedish message, or null when the basis fits the appointing member.</returns>
    public static string? Check(OrganisationKind memberKind, EligibilityBasis basis)
    {
        var isState = memberKind is OrganisationKind.SocialInsuranceAgency or OrganisationKind.EmploymentService;
        if (isState && basis != EligibilityBasis.AgencyEmployee)
        {
            return "Försäkringskassan och Arbetsförmedlingen utser sina egna anställda; välj valbarheten Anställd (" + Source + ").";
        }

        if (!isState && basis == EligibilityBasis.AgencyEmployee)
        {
            return "En kommun eller region får bara utse den som är ledamot eller ersättare i dess fullmäktige (" + Source + ").";
        }

        return null;
    }
}
