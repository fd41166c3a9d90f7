using BenchmarkDotNet.Running;
using Samordna.Benchmarks;

// dotnet run -c Release --project bench/Samordna.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(AllocationBenchmarks).Assembly).Run(args);
