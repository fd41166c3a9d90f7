using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry;

/// <summary>
/// Demo associations built on public facts (members as published by the associations themselves, see
/// shared/domain/data/samordningsforbund_members_partial.csv): the three Jönköping associations, Gotland, and the 2015
/// merger of Samordningsförbundet Norra Bohuslän into Samordningsförbundet Väst (formerly Uddevalla/Orust/Färgelanda).
/// Organisation numbers are in the fake 222999-series; dates not in the sources, the join, the exit and all amounts are
/// illustrative demo values, never facts about the real associations.
/// </summary>
public sealed class RegistryDemoData : IDemoDataContributor
{
    public int Order => 10;

    /// <summary>Each association with the municipalities and regions that are (or, for an ended one, were last) members.</summary>
    public static readonly (string Code, string Name, string Seat, DateOnly Formed, string[] Municipalities, string[] Regions)[] Associations =
    [
        ("finnveden", "Finnvedens samordningsförbund", "0683", new DateOnly(2009, 1, 1), ["0662", "0617", "0683"], ["R06"]),
        ("sodra-vatterbygden", "Södra Vätterbygdens samordningsförbund", "0680", new DateOnly(2008, 1, 1), ["0643", "0680", "0642", "0665"], ["R06"]),
        ("hoglandet", "Höglandets samordningsförbund", "0682", new DateOnly(2011, 4, 1), ["0604", "0686", "0682", "0684", "0687", "0685"], ["R06"]),
        ("gotland", "Samordningsförbundet Gotland", "0980", new DateOnly(2010, 1, 1), ["0980"], []),
        ("vast", "Samordningsförbundet Väst", "1485", new DateOnly(2008, 1, 1), ["1485", "1421", "1439", "1484", "1430", "1427", "1435", "1486"], ["R14"]),
        ("norra-bohuslan", "Samordningsförbundet Norra Bohuslän", "1484", new DateOnly(2006, 4, 1), ["1484", "1430", "1427", "1435", "1486"], ["R14"]),
    ];

    /// <summary>Illustrative: Habo joined Södra Vätterbygden some years after it was formed.</summary>
    public static readonly (string Association, string Member, DateOnly From, DateOnly Decided)[] LaterJoins =
    [
        ("sodra-vatterbygden", "0643", new DateOnly(2012, 1, 1), new DateOnly(2011, 10, 17)),
    ];

    /// <summary>Illustrative: Tranås has given notice to leave Höglandet; the charter's notice period is 24 months.</summary>
    public static readonly (string Association, string Member, DateOnly Notice, DateOnly Effective)[] PendingExits =
    [
        ("hoglandet", "0687", new DateOnly(2025, 3, 1), new DateOnly(2027, 3, 1)),
    ];

    /// <summary>
    /// Norra Bohuslän went up in Väst from 2015 (Lysekil KS 2014-04-09); its municipalities moved, while FK, AF and
    /// Västra Götalandsregionen were members of both. The settled equity is illustrative.
    /// </summary>
    public static readonly (string Continuing, string Absorbed, DateOnly From, DateOnly Decided, Sek Equity, string[] Moved)[] Mergers =
    [
        ("vast", "norra-bohuslan", new DateOnly(2015, 1, 1), new DateOnly(2014, 4, 9), Sek.FromKronor(1_250_000), ["1484", "1430", "1427", "1435", "1486"]),
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
                // Contact details on the reserved example.org domain (RFC 2606), so nobody is mailed or visited by mistake.
                PublicEmail = $"kansliet.{code}@example.org",
                Phone = "010-000 00 00",
                PostalAddress = "Box 100 (demo), 000 00 Demostad",
                Website = $"https://{code}.example.org",
                IsDemo = true,
            };
            db.Add(association);
            context.Associations[code] = association;
            foreach (var memberCode in new[] { "FK", "AF" }.Concat(regions).Concat(municipalities))
            {
                var joined = LaterJoins.Where(j => j.Association == code && j.Member == memberCode).Select(j => (DateOnly?)j.From).FirstOrDefault();
                var merged = Mergers.Where(m => m.Continuing == code && m.Moved.Contains(memberCode)).Select(m => (DateOnly?)m.From).FirstOrDefault();
                var exit = PendingExits.Where(e => e.Association == code && e.Member == memberCode).Select(e => (DateOnly?)e.Effective.AddDays(-1)).FirstOrDefault();
                var ended = Mergers.Where(m => m.Absorbed == code).Select(m => (DateOnly?)m.From.AddDays(-1)).FirstOrDefault();
                db.Add(new Membership
                {
                    AssociationId = association.Id,
                    OrganisationId = organisations[memberCode].Id,
                    ValidFrom = joined ?? merged ?? formed,
                    ValidTo = exit ?? ended,
                });
            }
        }

        AddEvents(db, context, organisations);
        RegistryDemoCharters.Add(db, context, organisations);
        await Task.CompletedTask;
    }

    private static void AddEvents(AppDbContext db, DemoContext context, Dictionary<string, Organisation> organisations)
    {
        const string Illustrative = "Illustrativt demoexempel";
        foreach (var (association, member, from, decided) in LaterJoins)
        {
            db.Add(new MembershipEvent
            {
                AssociationId = context.Associations[association].Id, Kind = MembershipEventKind.Join, EffectiveDate = from,
                DecisionDate = decided, Reference = Illustrative, OrganisationId = organisations[member].Id,
            });
        }

        foreach (var (association, member, notice, effective) in PendingExits)
        {
            db.Add(new MembershipEvent
            {
                AssociationId = context.Associations[association].Id, Kind = MembershipEventKind.Exit, EffectiveDate = effective,
                NoticeDate = notice, Reference = Illustrative, OrganisationId = organisations[member].Id,
            });
        }

        foreach (var (continuing, absorbed, from, decided, equity, movedCodes) in Mergers)
        {
            var kept = context.Associations[continuing];
            var gone = context.Associations[absorbed];
            gone.EndedOn = from.AddDays(-1);
            var moved = "Medlemmar som flyttade: " + string.Join(", ", movedCodes.Select(c => organisations[c].Name)) + ".";
            const string Reference = "Lysekils kommunstyrelse 2014-04-09 (en av medlemmarnas beslut)";
            db.Add(new MembershipEvent
            {
                AssociationId = kept.Id, Kind = MembershipEventKind.Merger, EffectiveDate = from, DecisionDate = decided, Reference = Reference,
                CounterpartAssociationId = gone.Id, CounterpartName = gone.Name, EquitySettled = equity, Note = moved,
            });
            db.Add(new MembershipEvent
            {
                AssociationId = gone.Id, Kind = MembershipEventKind.MergedInto, EffectiveDate = from, DecisionDate = decided, Reference = Reference,
                CounterpartAssociationId = kept.Id, CounterpartName = $"{kept.Name} (tidigare Samordningsförbundet Uddevalla/Orust/Färgelanda)",
                EquitySettled = equity, Note = moved,
            });
        }
    }

    /// <summary>A Luhn-valid number in the 222999-series, which no real association uses.</summary>
    public static string DemoOrganisationNumber(int serial)
    {
        var payload = "222999" + serial.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        return payload + Luhn.CheckDigit(payload).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
