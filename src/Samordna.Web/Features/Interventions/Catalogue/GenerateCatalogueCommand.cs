using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Cli;

namespace Samordna.Web.Features.Interventions.Catalogue;

/// <summary>
/// <c>demo-catalogue --count 5000</c>: fills a development database with many published demo interventions spread over
/// the register's associations, for the catalogue's load benchmark (bench/catalogue-load.sh). Every one is marked as
/// demo and named "(demo)"; refused in production.
/// </summary>
public sealed class GenerateCatalogueCommand(IHostEnvironment environment) : IOperatorCommand
{
    private static readonly string[] Topics =
    [
        "arbete", "arbetsträning", "studier", "hälsa", "motivation", "vägledning", "praktik", "språk", "coachning", "rehabilitering",
        "kartläggning", "friskvård", "samverkan", "arbetsgivare", "vardag", "föräldrar", "ungdomar", "sysselsättning", "kompetens", "stöd",
    ];

    private static readonly string[] Forms = ["Steg mot", "Vägen till", "Tillsammans för", "Ny chans till", "Bättre", "Mer", "Gemensam", "Framtid i"];

    public string Name => "demo-catalogue";

    public string Summary => "Skapar många publicerade demoinsatser för belastningstest av insatskatalogen. Vägras i produktion.";

    public string Usage => "demo-catalogue [--count 5000]";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        if (DatabaseSetup.IsProductionLike(environment))
        {
            await output.WriteLineAsync("Demoinsatser får inte skapas i produktion (ASPNETCORE_ENVIRONMENT är inte Development).");
            return 1;
        }

        var countText = args.Option("count") ?? "5000";
        if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 100_000)
        {
            await output.WriteLineAsync("--count ska vara ett heltal från 1 till 100 000.");
            return 2;
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<InterventionsOptions>>().Value;
        var today = SwedishCulture.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var members = await (from m in db.Set<Membership>().AsNoTracking().ActiveOn(today)
                             join o in db.Set<Organisation>().AsNoTracking() on m.OrganisationId equals o.Id
                             select new { m.AssociationId, o.Id, o.Name, o.Kind, o.MunicipalityCode }).ToListAsync(ct);
        var places = await db.Set<Municipality>().AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, ct);
        var associations = members.GroupBy(m => m.AssociationId)
            .Select(g => (Id: g.Key, State: g.FirstOrDefault(m => m.Kind == OrganisationKind.SocialInsuranceAgency), Municipalities: g.Where(m => m.Kind == OrganisationKind.Municipality && m.MunicipalityCode is not null).ToList()))
            .Where(a => a.State is not null && a.Municipalities.Count > 0)
            .OrderBy(a => a.Id).ToList();
        if (associations.Count == 0)
        {
            await output.WriteLineAsync("Registret har inga förbund med medlemmar; kör seed-demo först.");
            return 1;
        }

        var random = new Random(20261130);
        for (var made = 0; made < count;)
        {
            var batch = Math.Min(500, count - made);
            for (var n = 0; n < batch; n++, made++)
            {
                var (associationId, state, municipalities) = associations[made % associations.Count];
                var owner = municipalities[random.Next(municipalities.Count)];
                var topic = Topics[random.Next(Topics.Length)];
                var other = Topics[random.Next(Topics.Length)];
                var group = options.TargetGroups[random.Next(options.TargetGroups.Count)];
                var orientation = random.Next(5) == 0 ? Orientation.Structural : Orientation.Individual;
                var i = new Intervention
                {
                    AssociationId = associationId,
                    Name = $"{Forms[random.Next(Forms.Length)]} {topic} {made + 1} (demo)",
                    Description = $"Insats med {topic} och {other} för {group.Name.ToLower(SwedishCulture.Instance)} i {places[owner.MunicipalityCode!]} (demo).",
                    Orientation = orientation,
                    PreciseOrientation = options.OrientationsFor(orientation)[0].Code,
                    FollowUpMethod = orientation == Orientation.Individual ? FollowUpMethod.ParticipantRecords : FollowUpMethod.HeadcountOnly,
                    OwnerOrganisationId = owner.Id,
                    StartDate = today.AddDays(-random.Next(400)),
                    EndDate = today.AddDays(random.Next(30, 900)),
                    AgeFrom = options.WorkingAgeFrom,
                    AgeTo = options.WorkingAgeTo,
                    AccessRoute = (AccessRoute)random.Next(3),
                    PublicContact = "Kontaktcenter 010-000 00 00 (demo)",
                    State = InterventionState.Active,
                    AgreementSignedOn = today.AddDays(-random.Next(400, 500)),
                    Published = true,
                    IsDemo = true,
                };
                i.Parties.Add(new InterventionParty { AssociationId = associationId, InterventionId = i.Id, OrganisationId = owner.Id });
                i.Parties.Add(new InterventionParty { AssociationId = associationId, InterventionId = i.Id, OrganisationId = state!.Id });
                i.Municipalities.Add(new InterventionMunicipality { AssociationId = associationId, InterventionId = i.Id, MunicipalityCode = owner.MunicipalityCode! });
                i.TargetGroups.Add(new InterventionTargetGroup { AssociationId = associationId, InterventionId = i.Id, Code = group.Code });
                i.SearchTerms = CatalogueIndex.Terms(i, options, owner.Name, [places[owner.MunicipalityCode!]]);
                db.Add(i);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await output.WriteLineAsync($"  {SwedishCulture.Number(made)} av {SwedishCulture.Count(count, "demoinsats", "demoinsatser")} skapade");
        }

        await output.WriteLineAsync($"Klart: {SwedishCulture.Count(count, "publicerad demoinsats", "publicerade demoinsatser")} i {SwedishCulture.Number(associations.Count)} förbund.");
        return 0;
    }
}
