using BenchmarkDotNet.Running;

// BenchmarkDotNet suites: `dotnet run -c Release --project bench/Elections.Bots.Benchmarks -- --filter '*Engine*'`.
// `-- validate-large [segments]`: one timed validation of a generated statewide-sized feed.
if (args.Length > 0 && args[0] == Elections.Bots.Benchmarks.Import.ValidateLargeFeed.Command) return Elections.Bots.Benchmarks.Import.ValidateLargeFeed.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
