using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.UnitTests.Registry;

/// <summary>Membership periods for rule tests, one organisation each, with stable ids per code.</summary>
internal static class Members
{
    public static readonly DateOnly Formed = new(2015, 1, 1);

    private static readonly Dictionary<string, Guid> Ids = [];

    public static Guid Id(string code)
    {
        lock (Ids)
        {
            if (!Ids.TryGetValue(code, out var id))
            {
                Ids[code] = id = Guid.NewGuid();
            }

            return id;
        }
    }

    public static MemberPeriod Fk(DateOnly? from = null, DateOnly? to = null) =>
        new(Id("FK"), "FK", "Försäkringskassan", OrganisationKind.SocialInsuranceAgency, false, from ?? Formed, to);

    public static MemberPeriod Af(DateOnly? from = null, DateOnly? to = null) =>
        new(Id("AF"), "AF", "Arbetsförmedlingen", OrganisationKind.EmploymentService, false, from ?? Formed, to);

    public static MemberPeriod Region(string code, DateOnly? from = null, DateOnly? to = null) =>
        new(Id(code), code, "Region " + code, OrganisationKind.Region, false, from ?? Formed, to);

    public static MemberPeriod Municipality(string code, DateOnly? from = null, DateOnly? to = null) =>
        new(Id(code), code, "Kommun " + code, OrganisationKind.Municipality, false, from ?? Formed, to);

    public static MemberPeriod District(string code, DateOnly? from = null, DateOnly? to = null) =>
        new(Id(code), code, "Stadsdel " + code, OrganisationKind.MunicipalDistrict, false, from ?? Formed, to);

    public static MemberPeriod Gotland(DateOnly? from = null, DateOnly? to = null) =>
        new(Id("0980"), "0980", "Region Gotland", OrganisationKind.Municipality, true, from ?? Formed, to);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
