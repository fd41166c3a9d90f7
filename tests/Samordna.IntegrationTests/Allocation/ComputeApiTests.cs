using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Allocation;

/// <summary>POST /api/v1/allocation/compute: the model on posted inputs, nothing saved.</summary>
[Collection(AppCollection.Name)]
public sealed class ComputeApiTests(AppFixture app)
{
    private static object WorkedExample(long frame = 3_000_000) => new
    {
        parameters = new { year = 2026, frame, baseAmount = 400_000, maxYearlyDecrease = 0.10, equityReductionShare = 0.5 },
        associations = new object[]
        {
            new { code = "A", name = "Alfa", supportMeasure = 400, workingAgePopulation = 4_000, previousAllocation = 1_500_000, forecastEquity = 1_000_000 },
            new { code = "B", name = "Beta", supportMeasure = 300, workingAgePopulation = 3_000, previousAllocation = 1_000_000, forecastEquity = 150_000 },
            new { code = "C", name = "Gamma", supportMeasure = 200, workingAgePopulation = 2_000, previousAllocation = 1_000_000 },
        },
    };

    private async Task<HttpClient> NationalApiAsync() => await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.NationalAdministrator));

    [Fact]
    public async Task The_worked_example_gives_the_hand_computed_amounts_with_the_ceiling_and_floor_binding()
    {
        // By hand (docs/allocation-model.md §5): M = 1 200 000 / 1 000 000 / 800 000; Alfa is capped at
        // 1 200 000 − 0.5 × (1 000 000 − 600 000) = 1 000 000, Gamma is held at 0.9 × 1 000 000, Beta takes the rest: λ = 1.1.
        using var api = await NationalApiAsync();
        var before = await app.Host.WithDbAsync(db => Task.FromResult(db.Set<Web.Features.Allocation.Data.AllocationRun>().Count()));

        var response = await api.PostAsJsonAsync("/api/v1/allocation/compute", WorkedExample());

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("11/10", body.GetProperty("lambda").GetString());
        Assert.Equal(3_000_000m, body.GetProperty("totalAmount").GetDecimal());
        var rows = body.GetProperty("associations").EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!);
        Assert.Equal(1_000_000m, rows["A"].GetProperty("amount").GetDecimal());
        Assert.Equal(1_100_000m, rows["B"].GetProperty("amount").GetDecimal());
        Assert.Equal(900_000m, rows["C"].GetProperty("amount").GetDecimal());
        Assert.Equal("Ceiling", rows["A"].GetProperty("binding").GetString());
        Assert.Equal("Floor", rows["C"].GetProperty("binding").GetString());
        Assert.Equal(1_200_000m, rows["A"].GetProperty("modelAmount").GetDecimal());
        Assert.Equal(-500_000m, rows["A"].GetProperty("changeFromPrevious").GetDecimal());
        Assert.Contains(rows["A"].GetProperty("explanation").EnumerateArray(), s => Text.Plain(s.GetString()!).StartsWith("Tak: 1 000 000 kr på grund av eget kapital", StringComparison.Ordinal));
        var after = await app.Host.WithDbAsync(db => Task.FromResult(db.Set<Web.Features.Allocation.Data.AllocationRun>().Count()));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Bounds_that_cannot_hold_give_422_naming_the_associations()
    {
        // Floors: 0.9 × 1 500 000 is not protected (Alfa is above its equity level), Beta 900 000, Gamma 900 000 plus
        // Alfa's G 400 000 = 2 200 000 > a frame of 2 000 000.
        using var api = await NationalApiAsync();

        var response = await api.PostAsJsonAsync("/api/v1/allocation/compute", WorkedExample(frame: 2_000_000));

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, await response.BodyAsync());
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ALLOCATION_FLOORS_EXCEED_FRAME", problem.GetProperty("code").GetString());
        var detail = Text.Plain(problem.GetProperty("detail").GetString()!);
        Assert.Contains("Beta (B)", detail, StringComparison.Ordinal);
        Assert.Contains("Gamma (C)", detail, StringComparison.Ordinal);
        Assert.Equal(["B", "C"], problem.GetProperty("associations").EnumerateArray().Select(a => a.GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Invalid_inputs_give_400_naming_the_field_and_the_association()
    {
        using var api = await NationalApiAsync();
        var response = await api.PostAsJsonAsync("/api/v1/allocation/compute", new
        {
            parameters = new { year = 2026, supportMeasureWeight = 0.8, populationWeight = 0.25 },
            associations = new object[]
            {
                new { code = "A", name = "Alfa", supportMeasure = 400, workingAgePopulation = 4_000 },
                new { code = "B", name = "Beta", supportMeasure = -1, workingAgePopulation = 3_000 },
                new { code = "C", supportMeasure = 1, workingAgePopulation = 1 },
            },
        });

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.BodyAsync());
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("namn", errors.GetProperty("associations[2].name")[0].GetString(), StringComparison.Ordinal);

        var again = await api.PostAsJsonAsync("/api/v1/allocation/compute", new
        {
            parameters = new { year = 2026, supportMeasureWeight = 0.8, populationWeight = 0.25 },
            associations = new object[]
            {
                new { code = "A", name = "Alfa", supportMeasure = 400, workingAgePopulation = 4_000 },
                new { code = "B", name = "Beta", supportMeasure = -1, workingAgePopulation = 3_000 },
            },
        });
        Assert.True(again.StatusCode == HttpStatusCode.BadRequest, await again.BodyAsync());
        var engineErrors = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("Beta (B)", engineErrors.GetProperty("associations[1].supportMeasure")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("ska tillsammans vara 1", engineErrors.GetProperty("parameters.supportMeasureWeight")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Association_roles_may_not_use_the_national_compute_endpoint()
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var response = await api.PostAsJsonAsync("/api/v1/allocation/compute", WorkedExample());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
