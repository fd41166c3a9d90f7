using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Allocation;

/// <summary>
/// A host and database of their own for national allocation runs. A national run divides the frame among every
/// association in the register, and the shared test database is full of other tests' associations that overlap in
/// municipalities (which the run rightly refuses). Here only allocation tests create associations, each test for a year
/// of its own (<see cref="TestData.CreateAssociationForYearAsync"/>), so every run sees exactly its test's associations.
/// </summary>
public sealed class AllocationFixture : HostFixture
{
    private static int _year = 2040;

    /// <summary>A year no other test uses.</summary>
    public static int NextYear() => Interlocked.Increment(ref _year);
}

[CollectionDefinition(Name)]
public sealed class AllocationCollection : ICollectionFixture<AllocationFixture>
{
    public const string Name = "allocation";
}

/// <summary>
/// The hand-computed case of docs/allocation-model.md §5 set up through the API for one year: three associations
/// (Alfa 0114+0115, Beta 0117+0120, Gamma 0123, all with Region Stockholm), S = 3 000 000, G = 400 000, d = 0.10,
/// r = 0.5, default tiers. Expected: Alfa 1 000 000 (equity cap), Beta 1 100 000, Gamma 900 000 (floor).
/// </summary>
public sealed class AllocationScenario
{
    public const string Units = """
        Kommunkod;Kommun;Försörjningsmått;Invånare 16-64
        0114;Upplands Väsby;100;1 000
        0115;Vallentuna;300;3 000
        0117;Österåker;150,50;1 500
        0120;Värmdö;149,50;1 500
        0123;Järfälla;200;2 000
        0125;Ekerö;999;9 999
        """;

    public required int Year { get; init; }

    public required TestAssociation Alfa { get; init; }

    public required TestAssociation Beta { get; init; }

    public required TestAssociation Gamma { get; init; }

    public required Guid DataSetId { get; init; }

    public required HttpClient Api { get; init; }

    public required TestUser National { get; init; }

    public static async Task<AllocationScenario> CreateAsync(SamordnaTestHost host)
    {
        var year = AllocationFixture.NextYear();
        var alfa = await host.CreateAssociationForYearAsync(year, ["0114", "0115"], name: $"Alfa {year}");
        var beta = await host.CreateAssociationForYearAsync(year, ["0117", "0120"], name: $"Beta {year}");
        var gamma = await host.CreateAssociationForYearAsync(year, ["0123"], name: $"Gamma {year}");
        var national = await host.CreateUserAsync(Role.NationalAdministrator);
        var api = await host.ApiClientAsync(national);

        var imported = await api.PostAsJsonAsync("/api/v1/allocation/data-sets", new
        {
            year = year - 1, name = $"Teststatistik {year}", source = "Test", ageBand = "16–64", fileName = "units.csv", content = Units,
        });
        await Ensure(imported);
        var dataSetId = JsonDocument.Parse(await imported.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        await Ensure(await api.PutAsJsonAsync($"/api/v1/allocation/parameters/{year}", Parameters(year, 0.10m)));
        await Ensure(await api.PutAsJsonAsync($"/api/v1/associations/{alfa.Id}/allocation-inputs?year={year}", new { previousAllocation = 1_500_000, forecastEquity = 1_000_000 }));
        await Ensure(await api.PutAsJsonAsync($"/api/v1/associations/{beta.Id}/allocation-inputs?year={year}", new { previousAllocation = 1_000_000, forecastEquity = 150_000 }));
        await Ensure(await api.PutAsJsonAsync($"/api/v1/associations/{gamma.Id}/allocation-inputs?year={year}", new { previousAllocation = 1_000_000 }));
        return new AllocationScenario { Year = year, Alfa = alfa, Beta = beta, Gamma = gamma, DataSetId = dataSetId, Api = api, National = national };
    }

    public static object Parameters(int year, decimal? d, long? version = null) => new
    {
        frame = 3_000_000, baseAmount = 400_000, supportMeasureWeight = 0.75, populationWeight = 0.25, ageBand = "16–64",
        maxYearlyDecrease = d, equityReductionShare = 0.5, equityTiers = new object[] { new { upTo = 4_000_000, rate = 0.2 }, new { upTo = 8_000_000, rate = 0.15 }, new { upTo = (long?)null, rate = 0.1 } },
        referenceDate = $"{year}-01-01", version,
    };

    /// <summary>Saves a run of the year (optionally with overrides) and returns its id.</summary>
    public async Task<Guid> SaveRunAsync(string name, object? overrides = null)
    {
        var response = await Api.PostAsJsonAsync("/api/v1/allocation/runs", new { year = Year, dataSetId = DataSetId, save = true, name, overrides });
        await Ensure(response, System.Net.HttpStatusCode.Created);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    public async Task DecideAsync(Guid runId)
    {
        var run = JsonDocument.Parse(await Api.GetStringAsync($"/api/v1/allocation/runs/{runId}")).RootElement;
        await Ensure(await Api.PostAsJsonAsync($"/api/v1/allocation/runs/{runId}/decision", new { version = run.GetProperty("version").GetInt64() }));
    }

    public static async Task Ensure(HttpResponseMessage response, System.Net.HttpStatusCode? expected = null)
    {
        if (expected is { } e ? response.StatusCode != e : !response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {await response.BodyAsync()}");
        }
    }
}
