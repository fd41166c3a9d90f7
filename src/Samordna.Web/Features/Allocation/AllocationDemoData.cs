using System.Text;
using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Allocation.Contributions;
using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.DecideRun;
using Samordna.Web.Features.Allocation.EditAssociationInputs;
using Samordna.Web.Features.Allocation.EditParameters;
using Samordna.Web.Features.Allocation.ImportDataSet;
using Samordna.Web.Features.Allocation.RunAllocation;
using Samordna.Web.Features.Registry;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Allocation;

/// <summary>
/// ILLUSTRATIVE demo data for the allocation: made-up statistics for all 290 municipalities (not SCB's figures),
/// synthetic associations so a national run has realistic scale (about 80 associations, labelled "illustrativt"),
/// this year's and next year's parameters and decided runs (next year's previous allocations come from this year's run,
/// so the change can be explained by cause), one scenario, an internal split for an illustrative Stockholm association,
/// and adopted contribution tables for both years so members see last year beside next year. Every step goes
/// through the area's own handlers, as a user's would.
/// </summary>
public sealed class AllocationDemoData(IServiceProvider services) : IDemoDataContributor
{
    public int Order => 30;

    public const string StockholmCode = "illustrativ-stockholm";

    /// <summary>Stockholm's district councils (stadsdelsnämnder) with made-up figures for the internal split.</summary>
    public static readonly (string Code, string Name)[] StockholmDistricts =
    [
        ("0180-RK", "Rinkeby-Kista"), ("0180-ST", "Spånga-Tensta"), ("0180-HV", "Hässelby-Vällingby"), ("0180-BR", "Bromma"),
        ("0180-KU", "Kungsholmen"), ("0180-NO", "Norrmalm"), ("0180-OM", "Östermalm"), ("0180-SO", "Södermalm"),
        ("0180-EAV", "Enskede-Årsta-Vantör"), ("0180-SK", "Skarpnäck"), ("0180-FA", "Farsta"), ("0180-HA", "Hägersten-Älvsjö"),
        ("0180-SH", "Skärholmen"),
    ];

    public async Task SeedAsync(AppDbContext db, DemoContext context, CancellationToken ct)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var year = SwedishCulture.Today(clock).Year + 1;
        var random = new Random(4711);

        var synthetic = await AddSyntheticAssociationsAsync(db, context, ct);
        await db.SaveChangesAsync(ct);

        // 1. Made-up statistics for every municipality, imported the way a user imports SCB's file.
        var municipalities = await db.Set<Municipality>().AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct);
        var csv = new StringBuilder("Kommunkod;Kommun;Försörjningsmått (kr);Invånare 16-64;Ekonomiskt bistånd (kr)\n");
        var lastYearCsv = new StringBuilder("Kommunkod;Kommun;Försörjningsmått (kr);Invånare 16-64\n");
        var drift = new Random(815);
        foreach (var m in municipalities)
        {
            var population = m.Code switch
            {
                "0180" => 650_000,
                "1480" => 380_000,
                "1280" => 230_000,
                "0380" => 150_000,
                _ => random.Next(2_500, 25_000) + (random.Next(0, 4) == 0 ? random.Next(10_000, 60_000) : 0),
            };
            var support = population * (long)random.Next(180, 420) * 100;
            var assistance = support * random.Next(10, 26) / 100 / 100 * 100;
            csv.Append(CultureInfo.InvariantCulture, $"{m.Code};{m.Name};{support};{population};{assistance}\n");

            // The year before: the same municipalities a few per cent apart, so each association's own statistics and
            // the others' both move the change from last year (the chair's explanation splits it by cause).
            var earlierPopulation = population * drift.Next(97, 104) / 100;
            var earlierSupport = support * drift.Next(88, 113) / 100 / 100 * 100;
            lastYearCsv.Append(CultureInfo.InvariantCulture, $"{m.Code};{m.Name};{earlierSupport};{earlierPopulation}\n");
        }

        var import = services.GetRequiredService<ImportDataSetHandler>();
        var imported = await import.HandleAsync(new ImportDataSetRequest(
            year - 2,
            "Illustrativ statistik (påhittade siffror)",
            "Samordna demo: påhittade siffror, inte SCB:s eller Statisticons",
            "16–64",
            "demo-statistik.csv",
            Encoding.UTF8.GetBytes(csv.ToString()),
            IsIllustrative: true), ct);
        var dataSetId = imported.Value!.Id;
        var lastYearImport = await import.HandleAsync(new ImportDataSetRequest(
            year - 3,
            "Illustrativ statistik (påhittade siffror)",
            "Samordna demo: påhittade siffror, inte SCB:s eller Statisticons",
            "16–64",
            "demo-statistik-foregaende.csv",
            Encoding.UTF8.GetBytes(lastYearCsv.ToString()),
            IsIllustrative: true), ct);
        var lastYearDataSetId = lastYearImport.Value!.Id;

        // 2. This year's and next year's parameters: the research defaults, with a 10 % decrease protection assumed so floors show.
        foreach (var y in new[] { year - 1, year })
        {
            var defaults = EditParametersHandler.FromDefaults(y);
            await services.GetRequiredService<EditParametersHandler>().HandleAsync(y, new YearParametersRequest(
                defaults.Frame, defaults.BaseAmount, defaults.SupportMeasureWeight, defaults.PopulationWeight, defaults.AgeBand, 0.10m,
                defaults.EquityReductionShare, EquityTierRules.Inputs(defaults.EquityTierList), defaults.ReferenceDate,
                "Demo: forskningens standardvärden, med ett antaget skydd mot minskning på 10 % så att golven syns. " + defaults.Note, null), ct);
        }

        // 3. This year: each association's previous allocation (entered) around its model amount, a few equity
        // forecasts; decided, so next year's previous allocations come from it and the chair's explanation can split
        // the change by cause.
        var runs = services.GetRequiredService<RunAllocationHandler>();
        var inputs = services.GetRequiredService<EditAssociationInputsHandler>();
        var lastPlain = await runs.HandleAsync(new RunAllocationRequest(year - 1, lastYearDataSetId), ct);
        var lastRows = lastPlain.Value.Computation.Rows;
        for (var i = 0; i < lastRows.Count; i++)
        {
            var model = lastRows[i].ModelAmount.WholeKronor;
            var previous = model * drift.Next(86, 124) / 100;
            await inputs.HandleAsync(lastRows[i].AssociationId, year - 1, new AssociationInputsRequest(
                Sek.FromKronor(previous),
                Sek.FromKronor(previous * drift.Next(2, 15) / 100),
                null,
                null,
                "Demo: påhittade uppgifter.",
                null), mayEditNationalFields: true, ct);
        }

        var lastDecided = await runs.HandleAsync(new RunAllocationRequest(year - 1, lastYearDataSetId, Save: true, Name: $"Medelstilldelning {year - 1} (demo)",
            Description: "Illustrativ körning på påhittade siffror."), ct);
        var lastRunId = lastDecided.Value.RunId!.Value;
        var lastVersion = await db.Set<AllocationRun>().Where(r => r.Id == lastRunId).Select(r => r.Version).FirstAsync(ct);
        await services.GetRequiredService<DecideRunHandler>().HandleAsync(lastRunId, lastVersion, ct);
        var lastAmounts = lastDecided.Value.Computation.Rows.ToDictionary(r => r.AssociationId, r => r.Amount.WholeKronor);

        // 4. Next year: the previous allocation comes from this year's decided run; a few equity forecasts and asks.
        var plain = await runs.HandleAsync(new RunAllocationRequest(year, dataSetId), ct);
        var rows = plain.Value.Computation.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var model = rows[i].ModelAmount.WholeKronor;
            var previous = lastAmounts.GetValueOrDefault(rows[i].AssociationId, model);
            var aboveEquity = i % 23 == 7;
            var asks = i % 31 == 11;
            await inputs.HandleAsync(rows[i].AssociationId, year, new AssociationInputsRequest(
                null,
                Sek.FromKronor(aboveEquity ? previous * 2 / 3 : previous * random.Next(2, 15) / 100),
                null,
                asks ? Sek.FromKronor(model * 80 / 100) : null,
                "Demo: påhittade uppgifter.",
                null), mayEditNationalFields: true, ct);
        }

        // 5. Next year's decided run and a what-if scenario without the decrease protection.
        var decided = await runs.HandleAsync(new RunAllocationRequest(year, dataSetId, Save: true, Name: $"Förslag till medelstilldelning {year} (demo)",
            Description: "Illustrativ körning på påhittade siffror."), ct);
        var runId = decided.Value.RunId!.Value;
        var version = await db.Set<AllocationRun>().Where(r => r.Id == runId).Select(r => r.Version).FirstAsync(ct);
        await services.GetRequiredService<DecideRunHandler>().HandleAsync(runId, version, ct);
        await runs.HandleAsync(new RunAllocationRequest(year, dataSetId, new ParameterOverrides(NoMaxYearlyDecrease: true), Save: true,
            Name: $"Scenario {year}: utan skydd mot minskning (demo)", Description: "Vad händer om skyddet mot minskning tas bort?"), ct);

        // 6. Stockholm splits its municipal contribution among its district councils: 0.5 population + 0.5 financial assistance.
        var stockholm = synthetic[StockholmCode];
        var units = StockholmDistricts.Select(d => new InternalSplitUnitRequest(d.Code, d.Name, random.Next(25_000, 75_000), null,
            Sek.FromKronor(random.Next(40, 400) * 1_000_000L / 10), null)).ToList();
        await services.GetRequiredService<InternalSplitHandler>().HandleAsync(stockholm.Id, context.Organisations["0180"].Id, year,
            new InternalSplitRequest(Engine.SplitKeyKind.WeightedMix, 0.5m, units, null), ct);

        // 7. Adopted contribution tables, this year's and next year's, for the demo associations (so a member sees last
        // year beside next year), and next year's for the illustrative Stockholm one.
        var adopt = services.GetRequiredService<AdoptContributionsHandler>();
        foreach (var (code, _, _, _, _, _) in RegistryDemoData.Associations)
        {
            await adopt.HandleAsync(context.Associations[code].Id, year - 1, "Demo: fastställd av styrelsen (påhittat beslut).", ct);
            await adopt.HandleAsync(context.Associations[code].Id, year, "Demo: fastställd av styrelsen (påhittat beslut).", ct);
        }

        await adopt.HandleAsync(stockholm.Id, year, "Demo: fastställd av styrelsen (påhittat beslut).", ct);
    }

    /// <summary>
    /// Groups the municipalities no demo association has into synthetic associations of three or four, by code (so
    /// mostly within one county); Stockholm is one on its own, and every 25th municipality is left outside any
    /// association, as some are in reality.
    /// </summary>
    /// <summary>
    /// Illustrative formation dates that grow the way the real number did: Finsam began in 2004 and about 80 associations
    /// existed by the mid-2010s. Entry <c>k</c> is how many synthetic associations had formed by the end of year
    /// 2005 + k; the i-th association is formed on 1 January of the first year whose count exceeds i.
    /// </summary>
    private static readonly int[] FormedByYearEnd = [4, 14, 28, 40, 52, 60, 66, 70, 73, 76];

    internal static DateOnly SyntheticFormedOn(int index)
    {
        var k = Array.FindIndex(FormedByYearEnd, formed => formed > index);
        return new DateOnly(2005 + (k < 0 ? FormedByYearEnd.Length - 1 : k), 1, 1);
    }

    private static async Task<Dictionary<string, Association>> AddSyntheticAssociationsAsync(AppDbContext db, DemoContext context, CancellationToken ct)
    {
        var used = RegistryDemoData.Associations.SelectMany(a => a.Municipalities).ToHashSet(StringComparer.Ordinal);
        var municipalities = await db.Set<Municipality>().AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct);
        var free = municipalities.Where(m => !used.Contains(m.Code) && m.Code != "0180").Where((_, i) => i % 25 != 24).ToList();
        var groups = new List<List<Municipality>> { municipalities.Where(m => m.Code == "0180").ToList() };
        const int count = 75;
        var sizes = Apportionment.Split(free.Count, Enumerable.Repeat(1L, count).ToArray(), Enumerable.Range(0, count).Select(i => i.ToString("000", CultureInfo.InvariantCulture)).ToArray());
        var next = 0;
        foreach (var size in sizes)
        {
            groups.Add(free.Skip(next).Take((int)size).ToList());
            next += (int)size;
        }

        var created = new Dictionary<string, Association>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var formed = SyntheticFormedOn(i);
            var code = i == 0 ? StockholmCode : $"illustrativt-{i:00}";
            var association = new Association
            {
                Code = code,
                Name = i == 0 ? "Samordningsförbundet Stockholms stad (illustrativt)" : $"Samordningsförbundet {group[0].Name} m.fl. (illustrativt)",
                OrganisationNumber = RegistryDemoData.DemoOrganisationNumber(300 + i),
                SeatMunicipalityCode = group[0].Code,
                FormedOn = formed,
                IsDemo = true,
            };
            db.Add(association);
            created[code] = association;
            context.Associations[code] = association;
            var members = new[] { "FK", "AF" }
                .Concat(group.Select(m => m.CountyCode).Distinct().Where(c => c != ReferenceDataSeeder.GotlandCountyCode).Select(Organisation.RegionCode))
                .Concat(group.Select(m => m.Code));
            foreach (var member in members)
            {
                db.Add(new Membership { AssociationId = association.Id, OrganisationId = context.Organisations[member].Id, ValidFrom = formed });
            }
        }

        return created;
    }
}
