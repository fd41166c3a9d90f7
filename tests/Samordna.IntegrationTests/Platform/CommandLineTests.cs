using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Cli;

namespace Samordna.IntegrationTests.Platform;

/// <summary>The operator commands, run in-process against the run's database exactly as the executable runs them.</summary>
[Collection(AppCollection.Name)]
public sealed class CommandLineTests(AppFixture app)
{
    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var code = await OperatorCli.RunAsync(app.Host.Services, args[0], args[1..], output);
        return (code, output.ToString());
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var (code, output) = await RunAsync("help");
        Assert.Equal(0, code);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
        Assert.Contains("create-admin", output, StringComparison.Ordinal);
        Assert.Contains("seed-demo", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_is_a_usage_error()
    {
        var (code, output) = await RunAsync("flyga");
        Assert.Equal(2, code);
        Assert.Contains("Okänt kommando: flyga", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_on_a_migrated_database_changes_nothing()
    {
        var (code, output) = await RunAsync("migrate");
        Assert.Equal(0, code);
        Assert.Contains("redan uppdaterad", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_admin_makes_a_system_administrator_who_can_sign_in_and_refuses_the_demo_password()
    {
        var email = $"cli-admin-{Guid.NewGuid():N}@test.samordna.se";
        Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, "Demo-Samordna-2026");
        try
        {
            var (refused, refusedOutput) = await RunAsync("create-admin", "--email", email, "--name", "CLI Admin");
            Assert.Equal(1, refused);
            Assert.Contains("demolösenord", refusedOutput, StringComparison.Ordinal);

            Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, "Ett-långt-och-eget-lösenord-77");
            var (code, output) = await RunAsync("create-admin", "--email", email, "--name", "CLI Admin");
            Assert.True(code == 0, output);
        }
        finally
        {
            Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, null);
        }

        using var api = app.Host.NewClient();
        var token = await app.Host.GetTokenAsync(email, "Ett-långt-och-eget-lösenord-77");
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var me = await api.GetStringAsync("/api/v1/me");
        Assert.Contains("SystemAdministrator", me, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_admin_without_email_is_a_usage_error()
    {
        var (code, output) = await RunAsync("create-admin", "--name", "Utan e-post");
        Assert.Equal(2, code);
        Assert.Contains("Ange --email och --name.", output, StringComparison.Ordinal);
    }
}
