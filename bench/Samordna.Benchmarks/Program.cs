using BenchmarkDotNet.Running;
using Samordna.Benchmarks;

// dotnet run -c Release --project bench/Samordna.Benchmarks -- --filter '*' --job short
// bench/follow-up.sh runs the follow-up ones on a generated data set; --phases [association code] times the report's parts.
if (args is ["--phases", ..])
{
    await FollowUpPhases.RunAsync(args.Length > 1 ? args[1] : null);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AllocationBenchmarks).Assembly).Run(args);
