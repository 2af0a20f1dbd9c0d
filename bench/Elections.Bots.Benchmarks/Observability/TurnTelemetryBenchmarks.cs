using BenchmarkDotNet.Attributes;
using Elections.Bots.Benchmarks.Engine;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Observability;
using Elections.Bots.Core.Unanswered;

namespace Elections.Bots.Benchmarks.Observability;

/// <summary>
/// What per-turn telemetry adds to a warm turn (target: ≤ 2 µs and ≤ 1 KB): the same turn through the engine
/// and through <see cref="ObservedEngine"/>, whose line goes to <see cref="Stream.Null"/> so the figures hold
/// the formatting, not the terminal. A FAQ miss also redacts and records the question (the rare path).
/// </summary>
[MemoryDiagnoser]
public class TurnTelemetryBenchmarks
{
    private DialogEngine _engine = null!;
    private ObservedEngine _observed = null!;
    private TurnLogWriter _writer = null!;
    private DialogTurn _nextElection = null!;
    private DialogTurn _faqMiss = null!;
    private Func<DialogTurn, CancellationToken, ValueTask<DialogReply>> _plain = null!;
    private Func<DialogTurn, CancellationToken, ValueTask<DialogReply>> _withTelemetry = null!;
    private TurnRecord _record;

    [GlobalSetup]
    public void Setup()
    {
        _engine = MillbrookEngine.Create(MillbrookEngine.LoadDataset());
        _writer = new TurnLogWriter(Stream.Null);
        _observed = new ObservedEngine(_engine, new TurnTelemetry(_writer, TimeProvider.System, new TurnTelemetryOptions
        {
            // Bounded, so a long run measures the steady state rather than a growing list.
            Questions = new InMemoryUnansweredQuestions(capacity: 1024),
            StoreCounters = () => new StoreCounters(Calls: 3, CacheHits: 40, StoreErrors: 0, StaleServes: 0),
            RequestId = () => "5e1f0c52-7d0a-4a5e-9a61-3c2b8f0e1d11",
        }));
        // Delegates made once, so neither side of the comparison counts a delegate allocation per turn.
        _plain = _engine.HandleAsync;
        _withTelemetry = _observed.HandleAsync;
        _nextElection = MillbrookEngine.Turn(IntentNames.NextElection, null);
        _faqMiss = MillbrookEngine.Turn(null, "I live at 12 Hawthorne Street, can my emotional support llama come in?");
        _record = TurnRecord.Of("5e1f0c52-7d0a-4a5e-9a61-3c2b8f0e1d11", Channel.Sms, Run(_plain, _faqMiss), 12.5, default, 1_788_000_000_000);
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true)]
    public DialogReply EngineTurn() => Run(_plain, _nextElection);

    [Benchmark]
    public DialogReply ObservedTurn() => Run(_withTelemetry, _nextElection);

    [Benchmark]
    public void TurnLineOnly() => _writer.Write(_record);

    [Benchmark]
    public string RedactOnly() => Core.Privacy.Redactor.Redact(_faqMiss.Text);

    [Benchmark]
    public DialogReply EngineFaqMiss() => Run(_plain, _faqMiss);

    [Benchmark]
    public DialogReply ObservedFaqMiss() => Run(_withTelemetry, _faqMiss);

    private static DialogReply Run(Func<DialogTurn, CancellationToken, ValueTask<DialogReply>> handle, DialogTurn turn)
    {
        var pending = handle(turn, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }
}
