using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry;

/// <summary>
/// Demo charter versions with members' decisions. All values are illustrative: the real associations' charters were
/// not consulted. Finnveden has a proposed version that one member has not yet decided on, so the compliance panel
/// has something to show.
/// </summary>
internal static class RegistryDemoCharters
{
    private const string Illustrative = "Illustrativt demoexempel";

    private static readonly (string Code, decimal Share)[] FinnvedenShares = [("0662", 0.40m), ("0617", 0.15m), ("0683", 0.45m)];

    private static readonly DemoCharter[] Charters =
    [
        new("finnveden", new DateOnly(2009, 1, 1)),
        new("finnveden", new DateOnly(2024, 1, 1)) { Key = SplitKeyKind.FixedShares, Shares = FinnvedenShares, QualifiedMajority = "Beslut om budget och verksamhetsplan kräver två tredjedelar av de avgivna rösterna." },
        new("finnveden", new DateOnly(2027, 1, 1))
        {
            NoticeMonths = 24, Key = SplitKeyKind.FixedShares, Shares = FinnvedenShares, Seats = [("0683", 2)], Undecided = ["0617"],
            QualifiedMajority = "Beslut om budget och verksamhetsplan kräver två tredjedelar av de avgivna rösterna.",
            Note = "Förslag: två års uppsägningstid och två ledamöter för Värnamo.",
        },
        new("sodra-vatterbygden", new DateOnly(2008, 1, 1)),
        new("sodra-vatterbygden", new DateOnly(2012, 1, 1)) { Note = "Habo kommun blir medlem." },
        new("hoglandet", new DateOnly(2011, 4, 1)) { NoticeMonths = 24, Mandate = 2 },
        new("gotland", new DateOnly(2010, 1, 1)),
        new("norra-bohuslan", new DateOnly(2006, 4, 1)),
        new("vast", new DateOnly(2008, 1, 1)) { Note = "Som Samordningsförbundet Uddevalla/Orust/Färgelanda." },
        new("vast", new DateOnly(2015, 1, 1)) { Note = "Efter sammanslagningen med Samordningsförbundet Norra Bohuslän." },
    ];

    public static void Add(AppDbContext db, DemoContext context, Dictionary<string, Organisation> organisations)
    {
        var memberships = db.ChangeTracker.Entries<Membership>().Select(e => e.Entity).ToList();
        foreach (var c in Charters)
        {
            var association = context.Associations[c.Association];
            var version = new CharterVersion
            {
                AssociationId = association.Id,
                ValidFrom = c.ValidFrom,
                NoticePeriodMonths = c.NoticeMonths,
                MandatePeriodYears = c.Mandate,
                MunicipalSplitKey = c.Key,
                QualifiedMajorityMatters = c.QualifiedMajority,
                Note = c.Note is null ? Illustrative + "." : $"{c.Note} {Illustrative}.",
            };
            foreach (var (code, share) in c.Shares)
            {
                version.FixedShares.Add(new CharterMemberShare { AssociationId = association.Id, CharterVersionId = version.Id, OrganisationId = organisations[code].Id, Share = share });
            }

            foreach (var (code, seats) in c.Seats)
            {
                version.BoardSeats.Add(new CharterBoardSeat { AssociationId = association.Id, CharterVersionId = version.Id, OrganisationId = organisations[code].Id, Seats = seats });
            }

            var members = memberships.Where(m => m.AssociationId == association.Id && m.IsActiveOn(c.ValidFrom)).Select(m => m.OrganisationId).Distinct().ToList();
            var day = 0;
            foreach (var member in members.Where(id => c.Undecided.All(code => organisations[code].Id != id)))
            {
                version.Decisions.Add(new CharterMemberDecision
                {
                    AssociationId = association.Id,
                    CharterVersionId = version.Id,
                    OrganisationId = member,
                    DecidedOn = c.ValidFrom.AddMonths(-3).AddDays(day++ * 3),
                    Reference = Illustrative,
                });
            }

            db.Add(version);
        }
    }

    private sealed record DemoCharter(string Association, DateOnly ValidFrom)
    {
        public int NoticeMonths { get; init; } = 36;

        public int? Mandate { get; init; }

        public SplitKeyKind Key { get; init; } = SplitKeyKind.Population;

        public (string Code, decimal Share)[] Shares { get; init; } = [];

        public (string Code, int Seats)[] Seats { get; init; } = [];

        public string? QualifiedMajority { get; init; }

        public string[] Undecided { get; init; } = [];

        public string? Note { get; init; }
    }
}
