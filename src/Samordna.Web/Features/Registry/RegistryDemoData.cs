using Microsoft.EntityFrameworkCore;
using Samordna.Web.Data;
using Samordna.Web.Data.Demo;
using Samordna.Web.Domain;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry;

/// <summary>
/// Demo associations built on public facts (members as published by the associations themselves, see
/// shared/domain/data/samordningsforbund_members_partial.csv). Organisation numbers and dates are illustrative.
/// </summary>
public sealed class RegistryDemoData : IDemoDataContributor
{
    public int Order => 10;

    public static readonly (string Code, string Name, string Seat, DateOnly Formed, string[] Municipalities, string[] Regions)[] Associations =
    [
        ("finnveden", "Finnvedens samordningsförbund", "0683", new DateOnly(2009, 1, 1), ["0662", "0617", "0683"], ["R06"]),
        ("sodra-vatterbygden", "Södra Vätterbygdens samordningsförbund", "0680", new DateOnly(2008, 1, 1), ["0643", "0680", "0642", "0665"], ["R06"]),
        ("hoglandet", "Höglandets samordningsförbund", "0682", new DateOnly(2011, 4, 1), ["0604", "0686", "0682", "0684", "0687", "0685"], ["R06"]),
        ("gotland", "Samordningsförbundet Gotland", "0980", new DateOnly(2010, 1, 1), ["0980"], []),
    ];

    public async Task SeedAsync(AppDbContext db, DemoContext context, CancellationToken ct)
    {
        var organisations = await db.Set<Organisation>().ToDictionaryAsync(o => o.Code, ct);
        foreach (var (code, org) in organisations)
        {
            context.Organisations[code] = org;
        }

        var serial = 901;
        foreach (var (code, name, seat, formed, municipalities, regions) in Associations)
        {
            var association = new Association
            {
                Code = code,
                Name = name,
                OrganisationNumber = DemoOrganisationNumber(serial++),
                SeatMunicipalityCode = seat,
                FormedOn = formed,
                IsDemo = true,
            };
            db.Add(association);
            context.Associations[code] = association;
            foreach (var memberCode in new[] { "FK", "AF" }.Concat(regions).Concat(municipalities))
            {
                db.Add(new Membership { AssociationId = association.Id, OrganisationId = organisations[memberCode].Id, ValidFrom = formed });
            }
        }

        await Task.CompletedTask;
    }

    /// <summary>A Luhn-valid number in the 222999-series, which no real association uses.</summary>
    public static string DemoOrganisationNumber(int serial)
    {
        var payload = "222999" + serial.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        return payload + Luhn.CheckDigit(payload).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
