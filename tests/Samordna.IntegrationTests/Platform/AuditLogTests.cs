using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Audit;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Platform;

[Collection(AppCollection.Name)]
public sealed class AuditLogTests(AppFixture app)
{
    [Fact]
    public async Task A_change_is_logged_with_who_and_before_and_after_and_the_auditor_can_read_it()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var auditor = await app.Host.CreateUserAsync(Role.Auditor, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var update = await api.PutAsJsonAsync($"/api/v1/associations/{association.Id}", new
        {
            name = "Nytt namn i loggen", code = association.Code, organisationNumber = TestData.OrganisationNumber(TestData.NextSerial()),
            seatMunicipalityCode = "0662", formedOn = "2015-01-01", version = 0,
        });
        Assert.True(update.IsSuccessStatusCode, await update.BodyAsync());

        using var auditorApi = await app.Host.ApiClientAsync(auditor);
        var response = await auditorApi.GetAsync($"/api/v1/associations/{association.Id}/audit");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items");
        var change = items.EnumerateArray().First(i => i.GetProperty("action").GetString() == "Modified" && i.GetProperty("entityType").GetString() == "Association");
        Assert.Equal("Test Förbundsadministratör", change.GetProperty("actor").GetString());
        var name = change.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "Name");
        Assert.Equal("Namn", name.GetProperty("field").GetString());
        Assert.Equal(association.Name, name.GetProperty("before").GetString());
        Assert.Equal("Nytt namn i loggen", name.GetProperty("after").GetString());
        Assert.Equal("Förbund", change.GetProperty("entity").GetString());
        Assert.Equal("Ändrade", change.GetProperty("actionText").GetString());

        using var auditorPages = await app.Host.SignedInPageClientAsync(auditor);
        var page = await auditorPages.GetStringAsync($"/forbund/{association.Id}/granskningslogg");
        Assert.Contains("Nytt namn i loggen", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_board_member_cannot_read_the_audit_log()
    {
        var association = await app.Host.CreateAssociationAsync();
        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var api = await app.Host.ApiClientAsync(board);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/associations/{association.Id}/audit")).StatusCode);
    }

    [Fact]
    public async Task The_log_reads_in_Swedish_with_organisations_and_people_by_name_and_no_ids()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var auditor = await app.Host.CreateUserAsync(Role.Auditor, association.Id);
        using (var api = await app.Host.ApiClientAsync(admin))
        {
            var discharge = await api.PostAsJsonAsync($"/api/v1/associations/{association.Id}/discharges",
                new { year = 2024, organisationId = association.Members["0617"], outcome = "Granted", decidedOn = "2025-04-01" });
            Assert.True(discharge.IsSuccessStatusCode, await discharge.BodyAsync());
        }

        using var auditorApi = await app.Host.ApiClientAsync(auditor);
        var body = await auditorApi.GetStringAsync($"/api/v1/associations/{association.Id}/audit?entityType=Discharge");
        var item = Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("Ansvarsfrihet", item.GetProperty("entity").GetString());
        Assert.Equal("Skapade", item.GetProperty("actionText").GetString());
        Assert.Equal(association.Name, item.GetProperty("association").GetString());
        var changes = item.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!, c => c.GetProperty("after").GetString());
        Assert.Equal("Beviljad", changes["Beslut"]);
        Assert.Equal("2024", changes["År"]);
        Assert.Equal("Gnosjö kommun", changes["Organisation"]);
        // No id is shown for a person, organisation or association (the row's own key is left out too).
        var text = string.Join(" ", item.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("after").GetString()));
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", text);

        // The page says the same in words, and filters by person and date.
        using var pages = await app.Host.SignedInPageClientAsync(auditor);
        var page = await pages.GetStringAsync($"/forbund/{association.Id}/granskningslogg?typ=Discharge");
        Assert.Contains("Skapade ansvarsfrihet", page, StringComparison.Ordinal);
        Assert.Contains("Beviljad", page, StringComparison.Ordinal);
        var future = await pages.GetStringAsync($"/forbund/{association.Id}/granskningslogg?fran=2099-01-01");
        Assert.Contains("Inga ändringar matchar", future, StringComparison.Ordinal);
        var someoneElse = await pages.GetStringAsync($"/forbund/{association.Id}/granskningslogg?anvandare={auditor.Id}");
        Assert.Contains("Inga ändringar matchar", someoneElse, StringComparison.Ordinal);
        var bad = await pages.GetStringAsync($"/forbund/{association.Id}/granskningslogg?fran=igår");
        Assert.Contains("Från och med", bad, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await auditorApi.GetAsync($"/api/v1/associations/{association.Id}/audit?from=2025-02-01&to=2025-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await auditorApi.GetAsync($"/api/v1/associations/{association.Id}/audit?to=9999-12-31")).StatusCode);
    }

    [Fact]
    public async Task Every_audited_row_field_and_enum_value_has_Swedish_words()
    {
        await using var scope = app.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var terms = scope.ServiceProvider.GetRequiredService<AuditTerms>();
        var missing = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => typeof(IAudited).IsAssignableFrom(e.ClrType)))
        {
            var name = entity.ClrType.Name;
            if (terms.EntityName(name) is null)
            {
                missing.Add(name);
            }

            foreach (var property in entity.GetProperties())
            {
                if (terms.FieldName(name, property.Name) is null)
                {
                    missing.Add($"{name}.{property.Name}");
                }

                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (type.IsEnum)
                {
                    // "Region" is Swedish too; any other value named by its English name has no Swedish words.
                    missing.AddRange(Enum.GetNames(type).Where(v => terms.EnumValue(type, v) is not { } sv || (sv == v && v != "Region")).Select(v => $"{type.FullName}.{v}"));
                }
            }
        }

        Assert.True(missing.Count == 0, "No Swedish words for: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task A_system_administrator_reads_the_whole_system_s_log_and_an_auditor_cannot()
    {
        var association = await app.Host.CreateAssociationAsync();
        var sysadmin = await app.Host.CreateUserAsync(Role.SystemAdministrator);
        using var api = await app.Host.ApiClientAsync(sysadmin);
        var log = JsonDocument.Parse(await api.GetStringAsync("/api/v1/admin/audit?entityType=Association")).RootElement.GetProperty("items");
        Assert.Contains(log.EnumerateArray(), i => i.GetProperty("subject").GetString() == association.Name);
        using var pages = await app.Host.SignedInPageClientAsync(sysadmin);
        Assert.Contains("Granskningslogg för hela systemet", await pages.GetStringAsync("/admin/granskningslogg"), StringComparison.Ordinal);

        var auditor = await app.Host.CreateUserAsync(Role.Auditor, association.Id);
        using var theirs = await app.Host.ApiClientAsync(auditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await theirs.GetAsync("/api/v1/admin/audit")).StatusCode);
    }
}
