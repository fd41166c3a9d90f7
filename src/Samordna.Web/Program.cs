using Samordna.Web.Features;
using Samordna.Web.Features.Allocation.ComputeFromFolder;
using Samordna.Web.Features.Economy.InspectSie;
using Samordna.Web.Infrastructure.Backup;
using Samordna.Web.Infrastructure.Cli;
using Samordna.Web.Infrastructure.Jobs;
using Samordna.Web.Infrastructure.Startup;
using Samordna.Web.Infrastructure.Telemetry;

// Samordna: one deployable web app. This file is the table of contents; each area lives in Features/<Area>.
try
{
    return await RunAsync(args);
}
catch (StartupRefusedException refused)
{
    // An unsafe configuration is an operator's problem, not a crash: one Swedish sentence, no stack trace.
    await Console.Error.WriteLineAsync($"Samordna startar inte: {refused.Message}");
    return StartupRefusedException.ExitCode;
}

static async Task<int> RunAsync(string[] args)
{
    var (command, commandArgs, hostArgs) = OperatorCli.Split(args);
    var builder = WebApplication.CreateBuilder(hostArgs);

    builder.AddSamordnaPlatform();
    builder.AddSamordnaTelemetry();
    builder.Services.AddSingleton<IOperatorCommand, MigrateCommand>();
    builder.Services.AddSingleton<IOperatorCommand, CreateAdminCommand>();
    builder.Services.AddSingleton<IOperatorCommand, SeedDemoCommand>();
    builder.Services.AddSingleton<IOperatorCommand, AllocationCommand>();
    builder.Services.AddSingleton<IOperatorCommand, SieCommand>();
    builder.Services.AddBackupCommands();

    builder.AddSamordnaFeatureAreas();  // the areas, in one list: Features/FeatureAreas.cs
    builder.AddSamordnaScheduler();   // after the areas: schedules every job the platform and the areas declared

    var app = builder.Build();

    if (command is not null)
    {
        return await OperatorCli.RunAsync(app.Services, command, commandArgs, Console.Out);
    }

    app.UseSamordnaPlatform();
    app.MapSamordna();
    await DatabaseSetup.PrepareAsync(app);
    await app.RunAsync();
    return 0;
}

/// <summary>Entry point; public so the test host can start the real application.</summary>
public partial class Program;
