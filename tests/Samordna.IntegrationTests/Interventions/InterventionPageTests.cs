using System.Net;
using System.Text.RegularExpressions;
using Samordna.TestSupport;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Interventions;

/// <summary>The intervention forms as plain HTML forms (no JavaScript): a new application, a move, the budget, a report.</summary>
[Collection(AppCollection.Name)]
public sealed partial class InterventionPageTests(AppFixture app)
{
    [Fact]
    public async Task An_owner_writes_an_application_and_submits_it_through_the_pages()
    {
        var association = await app.Host.CreateAssociationAsync();
        var owner = await app.Host.CreateUserAsync(Role.InterventionOwner, association.Id, association.Members["0662"]);
        using var pages = await app.Host.SignedInPageClientAsync(owner);
        var baseUrl = $"/forbund/{association.Id}/insatser";
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Sidinsats", ["Input.Description"] = "Stöd till arbete.", ["Input.Orientation"] = "Individual",
            ["Input.PreciseOrientation"] = "forrehabilitering", ["Input.FollowUpMethod"] = "ParticipantRecords", ["Input.TargetGroups"] = "unga",
            ["Input.AgeFrom"] = "18", ["Input.AgeTo"] = "29", ["Input.Parties"] = association.Members["0662"].ToString(),
            ["Input.OwnerOrganisationId"] = association.Members["0662"].ToString(), ["Input.Municipalities"] = "0662",
            ["Input.StartDate"] = "2025-13-01", ["Input.EndDate"] = "2026-12-31", ["Input.PlannedParticipants[0].Year"] = "20x5",
            ["Input.AccessRoute"] = "Referral", ["Input.PublicContact"] = "Växeln",
        };

        var refused = await pages.PostFormAsync($"{baseUrl}/ny", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Startdatum", html, StringComparison.Ordinal);
        Assert.Contains("Planerade deltagare rad 1: ange året med fyra siffror.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Sidinsats\"", html, StringComparison.Ordinal);

        fields["Input.StartDate"] = "2025-01-01";
        fields["Input.PlannedParticipants[0].Year"] = "2025";
        fields["Input.PlannedParticipants[0].Women"] = "4";
        var created = await pages.PostFormAsync($"{baseUrl}/ny", fields);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.BodyAsync());
        var detail = created.Headers.Location!.OriginalString;
        Assert.Matches(DetailUrl(), detail);

        // One party only: submitting names the rule, in Swedish, on the move page.
        var version = VersionInput().Match(await pages.GetStringAsync($"{detail}/steg?steg=Submit")).Groups[1].Value;
        var submit = await pages.PostFormAsync($"{detail}/steg?steg=Submit", new Dictionary<string, string> { ["Input.Date"] = "2024-10-01", ["Input.Version"] = version });
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.Contains("Minst två parter", WebUtility.HtmlDecode(await submit.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var page = await pages.GetStringAsync(detail);
        Assert.Contains("Lämna in ansökan", page, StringComparison.Ordinal);
        Assert.DoesNotContain("steg?steg=Prepare", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"{detail}/steg?steg=Flyga")).StatusCode);
    }

    [Fact]
    public async Task The_office_writes_the_budget_and_a_report_through_the_pages()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(admin);
        var id = await app.Host.CreateInterventionAsync(association);
        await app.Host.AdvanceAsync(association, id, InterventionState.Active);
        var detail = $"/forbund/{association.Id}/insatser/{id}";
        var version = (await app.Host.VersionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var budget = await pages.PostFormAsync($"{detail}/ekonomi/budget", new Dictionary<string, string>
        {
            ["Input.Version"] = version,
            ["Input.Lines[0].Year"] = "2025", ["Input.Lines[0].Kind"] = "Staff", ["Input.Lines[0].Amount"] = "400 000", ["Input.Lines[0].Actual"] = "385 120,50",
            ["Input.Lines[1].Year"] = "2025", ["Input.Lines[1].Kind"] = "OtherCosts", ["Input.Lines[1].Amount"] = "tio kronor",
        });
        Assert.Equal(HttpStatusCode.OK, budget.StatusCode);
        Assert.Contains("Budgetrad 2: budget", WebUtility.HtmlDecode(await budget.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var saved = await pages.PostFormAsync($"{detail}/ekonomi/budget", new Dictionary<string, string>
        {
            ["Input.Version"] = version,
            ["Input.Lines[0].Year"] = "2025", ["Input.Lines[0].Kind"] = "Staff", ["Input.Lines[0].Amount"] = "400 000", ["Input.Lines[0].Actual"] = "385 120,50",
        });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.BodyAsync());
        var economy = WebUtility.HtmlDecode(await pages.GetStringAsync($"{detail}/ekonomi")).Replace('\u00A0', ' ').Replace('\u202F', ' ');
        Assert.Contains("385 120,50 kr", economy, StringComparison.Ordinal);

        var stale = await pages.PostFormAsync($"{detail}/ekonomi/budget", new Dictionary<string, string> { ["Input.Version"] = version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var reportUrl = ReportLink().Match(await pages.GetStringAsync(detail)).Value;
        var reportVersion = VersionInput().Match(await pages.GetStringAsync($"{reportUrl}/skriv")).Groups[1].Value;
        var report = await pages.PostFormAsync($"{reportUrl}/skriv", new Dictionary<string, string>
        {
            ["Input.Version"] = reportVersion, ["Input.WhatWasDone"] = "Gruppträffar.", ["Input.ParticipantsWomen"] = "6", ["Input.ParticipantsMen"] = "4",
            ["Input.ResultsAgainstGoals"] = "Fyra i arbete.", ["submit"] = "true",
        });
        Assert.True(report.StatusCode == HttpStatusCode.Redirect, await report.BodyAsync());
        Assert.Contains("Inlämnad", await pages.GetStringAsync(reportUrl), StringComparison.Ordinal);
    }

    [GeneratedRegex("^/forbund/[0-9a-f-]{36}/insatser/[0-9a-f-]{36}$")]
    private static partial Regex DetailUrl();

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionInput();

    [GeneratedRegex("/forbund/[0-9a-f-]{36}/insatser/[0-9a-f-]{36}/rapporter/[0-9a-f-]{36}")]
    private static partial Regex ReportLink();
}
