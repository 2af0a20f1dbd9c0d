using BenchmarkDotNet.Running;

// BenchmarkDotNet suites: `dotnet run -c Release --project bench/Elections.Bots.Benchmarks -- --filter '*Engine*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
