using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Platform;

/// <summary>Wrong input gets problem details that name the field, in Swedish, never a stack trace.</summary>
[Collection(AppCollection.Name)]
public sealed class BadInputTests(AppFixture app)
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Missing_fields_are_named_with_Swedish_messages()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var response = await api.PutAsJsonAsync($"/api/v1/associations/{association.Id}", new { name = "", code = "Ogiltig Kod!", organisationNumber = "222000-1835", seatMunicipalityCode = "12" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("VALIDATION_FAILED", problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal("Namn måste anges.", errors.GetProperty("name")[0].GetString());
        Assert.Contains("små bokstäver", errors.GetProperty("code")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Organisationsnumret har fel kontrollsiffra.", errors.GetProperty("organisationNumber")[0].GetString());
        Assert.Contains("fyra siffror", errors.GetProperty("seatMunicipalityCode")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Bildat datum måste anges.", errors.GetProperty("formedOn")[0].GetString());
        Assert.Equal("Version måste anges.", errors.GetProperty("version")[0].GetString());
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_its_field()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var response = await api.PutAsync($"/api/v1/associations/{association.Id}",
            new StringContent("{\"name\":\"X\",\"formedOn\":\"inte ett datum\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("Fältet 'formedOn': Datumet ska skrivas som ÅÅÅÅ-MM-DD, till exempel 2027-04-01.", problem.GetProperty("errors").GetProperty("formedOn")[0].GetString());
    }

    [Fact]
    public async Task Malformed_json_and_missing_body_get_Swedish_problems()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var malformed = await api.PutAsync($"/api/v1/associations/{association.Id}", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("INVALID_REQUEST_BODY", (await ProblemAsync(malformed)).GetProperty("code").GetString());

        var empty = await api.PutAsync($"/api/v1/associations/{association.Id}", new StringContent(string.Empty, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var problem = await ProblemAsync(empty);
        Assert.Equal("Anropet saknar innehåll.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_bad_query_parameter_is_named()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var response = await api.GetAsync($"/api/v1/associations/{association.Id}/members?asOf=igår");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("Parametern 'asOf' har ett ogiltigt värde.", problem.GetProperty("errors").GetProperty("asOf")[0].GetString());
    }

    [Fact]
    public async Task Unknown_api_address_gets_a_Swedish_404_problem()
    {
        using var client = app.Host.NewClient();
        var response = await client.GetAsync("/api/v1/finns-inte");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("NOT_FOUND", problem.GetProperty("code").GetString());
        Assert.Equal("Hittades inte", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Token_request_without_password_names_the_field()
    {
        using var client = app.Host.NewClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "a@b.se" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Lösenord måste anges.", (await ProblemAsync(response)).GetProperty("errors").GetProperty("password")[0].GetString());
    }
}
