using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.IntegrationTests.Platform.Email;
using Samordna.TestSupport;
using Samordna.Web.Data;
using Samordna.Web.Domain;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.Reminders;
using Samordna.Web.Infrastructure.Email;
using Samordna.Web.Infrastructure.Jobs;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Interventions;

/// <summary>
/// Report reminders with an injected clock and a real SMTP server on 127.0.0.1: the reminder before the due date and
/// the one when the report is late each arrive once, also when two instances (on PostgreSQL; one on SQLite) run the
/// reminder job and the outbox dispatcher at the same time, again and again.
/// </summary>
public sealed class ReportReminderTests(EmailFixture email) : IClassFixture<EmailFixture>
{
    [Fact]
    public async Task The_due_and_the_late_reminder_each_arrive_once_however_many_instances_run_the_jobs()
    {
        var association = await email.Host.CreateAssociationAsync();
        var owner = await email.Host.CreateUserAsync(Role.InterventionOwner, association.Id, association.Members["0662"]);
        var otherOwner = await email.Host.CreateUserAsync(Role.InterventionOwner, association.Id, association.Members["0617"]);
        var office = await email.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var today = SwedishCulture.Today(email.Clock);
        var due = today.AddDays(20);
        var id = await email.Host.CreateInterventionAsync(association, name: "Påminnelseinsats", parties: ["0662", "FK"], owner: "0662");
        await email.Host.AdvanceAsync(association, id, InterventionState.Active, interimDue: due, finalDue: today.AddDays(500));

        var instances = new List<SamordnaTestHost> { email.Host };
        try
        {
            if (email.Database.IsPostgres)
            {
                instances.Add(email.StartAnotherInstance());
            }

            // Twenty days ahead: outside the reminder window (14 days by default), nothing is sent.
            await RunEverywhereAsync(instances);
            Assert.Empty(email.Smtp.To(owner.Email));

            // Thirteen days ahead: the owner's staff are reminded, once.
            email.Clock.Advance(TimeSpan.FromDays(7));
            await RunEverywhereAsync(instances);
            await RunEverywhereAsync(instances);
            var reminded = email.Smtp.To(owner.Email);
            Assert.Single(reminded);
            Assert.Equal($"Påminnelse: delrapport för Påminnelseinsats ska lämnas senast {SwedishCulture.Date(due)}", reminded[0].Subject);
            Assert.Contains("Delrapport för insatsen Påminnelseinsats ska lämnas senast", reminded[0].TextBody, StringComparison.Ordinal);
            Assert.Empty(email.Smtp.To(office.Email));
            Assert.Empty(email.Smtp.To(otherOwner.Email));

            // A day late: the owner's staff and the office hear it once more, and only once.
            email.Clock.Advance(TimeSpan.FromDays(14));
            await RunEverywhereAsync(instances);
            await RunEverywhereAsync(instances);
            Assert.Equal(2, email.Smtp.To(owner.Email).Count);
            Assert.Equal("Försenad delrapport: Påminnelseinsats", email.Smtp.To(owner.Email)[1].Subject);
            Assert.Single(email.Smtp.To(office.Email));
            Assert.Empty(email.Smtp.To(otherOwner.Email));

            await using var scope = email.Host.CreateScope();
            var keys = await scope.ServiceProvider.GetRequiredService<AppDbContext>().EmailOutbox.AsNoTracking()
                .Where(m => m.DeduplicationKey.StartsWith("intervention-report:")).Select(m => m.DeduplicationKey).ToListAsync();
            Assert.Equal(3, keys.Count);
        }
        finally
        {
            foreach (var instance in instances.Skip(1))
            {
                await instance.DisposeAsync();
            }
        }
    }

    /// <summary>Every instance runs the reminder job three times at once, then the dispatcher three times at once.</summary>
    private static async Task RunEverywhereAsync(IReadOnlyList<SamordnaTestHost> instances)
    {
        await Task.WhenAll(instances.SelectMany(i => Enumerable.Range(0, 3).Select(_ => Task.Run(() => ScheduledJobs.RunNowAsync<ReportReminderJob>(i.Services)))));
        await Task.WhenAll(instances.SelectMany(i => Enumerable.Range(0, 3).Select(_ => Task.Run(() => ScheduledJobs.RunNowAsync<EmailOutboxJob>(i.Services)))));
    }
}
