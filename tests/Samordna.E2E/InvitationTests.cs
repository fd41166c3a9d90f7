using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samordna.Web.Infrastructure.Email;
using Samordna.Web.Infrastructure.Jobs;

namespace Samordna.E2E;

/// <summary>
/// A system administrator invites a new user in the browser; the invitation leaves through the outbox to a real SMTP
/// server on 127.0.0.1; the new user opens the link, chooses a password (which the administrator never sees) and signs in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class InvitationTests(BrowserFixture browser)
{
    [GeneratedRegex(@"https?://\S+/konto/valkommen\?\S+")]
    private static partial Regex Link();

    [Fact]
    public async Task An_invited_user_receives_the_link_by_e_mail_chooses_a_password_and_signs_in()
    {
        var email = $"ny.anvandare.{Guid.NewGuid().ToString("N")[..8]}@example.se";
        var admin = await browser.NewPageAsync("admin@demo.samordna.se");
        await admin.GotoAsync("/admin/anvandare");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Bjud in en användare" }).ClickAsync();
        await admin.GetByLabel("Namn").FillAsync("Nora Nyanställd");
        await admin.GetByLabel("E-postadress").FillAsync(email);
        await admin.GetByLabel("Roll").SelectOptionAsync(new SelectOptionValue { Label = "Nationell administratör" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Skicka inbjudan" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nora Nyanställd");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Inbjuden");
        var violations = await PageAudit.AxeViolationsAsync(admin);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await admin.Context.CloseAsync();

        // The outbox sends it through SMTP (the job runs now rather than waiting for its schedule).
        await ScheduledJobs.RunNowAsync<EmailOutboxJob>(browser.Host.Services);
        await browser.Smtp.WaitUntilAsync(received => received.Any(m => m.To.Mailboxes.Any(a => a.Address == email)), TimeSpan.FromSeconds(60));
        var message = browser.Smtp.To(email).Single();
        Assert.Equal("Välkommen till Samordna", message.Subject);
        var link = new Uri(Link().Match(message.TextBody ?? string.Empty).Value);

        var invited = await browser.NewPageAsync();
        await invited.GotoAsync(link.PathAndQuery);
        await Assertions.Expect(invited.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Välkommen till Samordna");
        violations = await PageAudit.AxeViolationsAsync(invited);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        const string password = "Tre blå bussar i Värnamo";
        await invited.GetByLabel("Nytt lösenord").FillAsync(password);
        await invited.GetByLabel("Upprepa lösenordet").FillAsync(password);
        await invited.GetByRole(AriaRole.Button, new() { Name = "Spara lösenordet" }).ClickAsync();
        await Assertions.Expect(invited.Locator("main")).ToContainTextAsync("Ditt lösenord är sparat");

        await invited.GetByLabel("E-postadress").FillAsync(email);
        await invited.GetByLabel("Lösenord").FillAsync(password);
        await invited.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await invited.WaitForURLAsync(url => !url.Contains("/logga-in", StringComparison.Ordinal));
        await Assertions.Expect(invited.Locator("header")).ToContainTextAsync("Nora Nyanställd");
        await invited.Context.CloseAsync();
    }
}
