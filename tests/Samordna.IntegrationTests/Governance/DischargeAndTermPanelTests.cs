using System.Net;
using System.Text.Json;
using Samordna.IntegrationTests.Registry;
using Samordna.TestSupport;
using Samordna.Web.Domain;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.SaveAuditor;
using Samordna.Web.Features.Governance.SaveDischarge;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Governance;

/// <summary>
/// The compliance panel's discharge and auditor-term checks over HTTP on a chosen date, the panel's counts in Swedish
/// number agreement, and the to-do list showing each once (per member, not as the panel's finding).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DischargeAndTermPanelTests(AppFixture app)
{
    private static List<JsonElement> Findings(JsonElement report, string code) =>
        report.GetProperty("areas").EnumerateArray().SelectMany(a => a.GetProperty("findings").EnumerateArray())
            .Where(f => f.GetProperty("ruleCode").GetString() == code).ToList();

    /// <summary>FK, AF, Region Jönköpings län, Gislaved and Gnosjö; Gislaved granted discharge for 2023 on 2024-04-20; Gnosjö's auditor serves until 2024-06-30.</summary>
    private async Task<(TestAssociation Association, HttpClient Api, TestUser Admin)> ArrangeAsync()
    {
        var a = await app.Host.CreateAssociationAsync(municipalities: ["0662", "0617"]);
        var granted = new DischargeRequest(2023, a.Members["0662"], DischargeOutcome.Granted, new DateOnly(2024, 4, 20), null, null);
        await app.Host.RunAsync<SaveDischargeHandler, Saved>(a.Id, SaveDischargeHandler.Validate(granted, isUpdate: false), (h, ct) => h.CreateAsync(a.Id, granted, ct));
        var auditor = new AuditorRequest("Revisor Utgående", null, AuditorKind.MemberAuditor, a.Members["0617"], new DateOnly(2022, 12, 1), new DateOnly(2023, 1, 1), new DateOnly(2024, 6, 30), null);
        await app.Host.RunAsync<SaveAuditorHandler, Saved>(a.Id, SaveAuditorHandler.Validate(auditor, isUpdate: false), (h, ct) => h.CreateAsync(a.Id, auditor, ct));
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, a.Id);
        return (a, await app.Host.ApiClientAsync(admin), admin);
    }

    [Fact]
    public async Task Last_years_discharge_outstanding_per_member_and_an_auditor_leaving_within_the_horizon_are_warnings()
    {
        var (a, api, _) = await ArrangeAsync();

        var june = await api.JsonAsync($"/api/v1/associations/{a.Id}/compliance?asOf=2024-06-01");
        var beforeDecision = await api.JsonAsync($"/api/v1/associations/{a.Id}/compliance?asOf=2024-04-19");
        var nextYear = await api.JsonAsync($"/api/v1/associations/{a.Id}/compliance?asOf=2025-01-01");

        var discharge = Findings(june, "GOV-DISCHARGE-OUTSTANDING");
        Assert.Equal(4, discharge.Count);
        Assert.All(discharge, f => Assert.Equal("Warning", f.GetProperty("severity").GetString()));
        Assert.Contains(discharge, f => f.GetProperty("message").GetString()!.StartsWith("Gnosjö kommun har inte beslutat om ansvarsfrihet för styrelsen för 2023.", StringComparison.Ordinal));
        Assert.DoesNotContain(discharge, f => f.GetProperty("message").GetString()!.StartsWith("Gislaved", StringComparison.Ordinal));
        Assert.Equal(5, Findings(beforeDecision, "GOV-DISCHARGE-OUTSTANDING").Count);
        // In 2025 the year asked about is 2024, on which nobody has decided.
        Assert.Equal(5, Findings(nextYear, "GOV-DISCHARGE-OUTSTANDING").Count);
        Assert.Contains(june.GetProperty("areas").EnumerateArray(), x => x.GetProperty("area").GetString() == "Ansvarsfrihet");

        var ending = Assert.Single(Findings(june, "GOV-AUDITOR-TERM-ENDING"));
        Assert.Equal("2024-06-30", ending.GetProperty("relevantDate").GetString());
        Assert.Contains("Revisor Utgående", ending.GetProperty("message").GetString(), StringComparison.Ordinal);
        // 91 days before the last day: not yet within the 90-day horizon (Governance:TermWarningDays).
        Assert.Empty(Findings(await api.JsonAsync($"/api/v1/associations/{a.Id}/compliance?asOf=2024-03-31"), "GOV-AUDITOR-TERM-ENDING"));
    }

    [Fact]
    public async Task The_panel_page_counts_in_Swedish_number_agreement()
    {
        var (a, api, admin) = await ArrangeAsync();
        var report = await api.JsonAsync($"/api/v1/associations/{a.Id}/compliance?asOf=2024-06-01");
        var violations = report.GetProperty("violations").GetInt32();
        var warnings = report.GetProperty("warnings").GetInt32();
        using var pages = await app.Host.SignedInPageClientAsync(admin);

        var html = await pages.GetStringAsync($"/forbund/{a.Id}/regelefterlevnad?asOf=2024-06-01");

        Assert.Contains($"{SwedishCulture.Count(violations, "brist", "brister")} och {SwedishCulture.Count(warnings, "varning", "varningar")}.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain(">Brister<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_to_do_list_shows_discharge_and_the_auditor_per_member_and_not_again_as_the_panels_findings()
    {
        var (a, api, _) = await ArrangeAsync();

        var todo = await api.JsonAsync($"/api/v1/associations/{a.Id}/todo");

        var codes = todo.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        Assert.Contains("TODO-GOV-DISCHARGE", codes);
        Assert.DoesNotContain("GOV-DISCHARGE-OUTSTANDING", codes);
        Assert.DoesNotContain("GOV-AUDITOR-TERM-ENDING", codes);
    }
}
