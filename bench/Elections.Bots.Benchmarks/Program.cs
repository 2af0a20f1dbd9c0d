using BenchmarkDotNet.Running;
using Elections.Bots.Benchmarks.Dynamo;

// `dynamo-publish [--segments N] [--endpoint URL]`: publisher vs. single PutItem calls on dynalite (a timed run,
// not a BenchmarkDotNet suite: one run writes 100,000 items and takes minutes).
if (args is ["dynamo-publish", ..])
{
    return await DynamoPublishBench.RunAsync(args[1..]);
}

// BenchmarkDotNet suites: `dotnet run -c Release --project bench/Elections.Bots.Benchmarks -- --filter '*Engine*'`.
// `-- validate-large [segments]`: one timed validation of a generated statewide-sized feed.
if (args.Length > 0 && args[0] == Elections.Bots.Benchmarks.Import.ValidateLargeFeed.Command) return Elections.Bots.Benchmarks.Import.ValidateLargeFeed.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
