using BenchmarkDotNet.Attributes;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Benchmarks.Engine;

/// <summary>One warm engine turn on the in-memory store (targets: ≤ 10 µs structured, ≤ 25 µs FAQ, ≤ 8 KB).</summary>
[MemoryDiagnoser]
public class EngineTurnBenchmarks
{
    private DialogEngine _engine = null!;
    private DialogTurn _nextElection = null!;
    private DialogTurn _pollingPlace = null!;
    private DialogTurn _faq = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = MillbrookEngine.Create(MillbrookEngine.LoadDataset());
        _nextElection = MillbrookEngine.Turn(IntentNames.NextElection, null);
        _pollingPlace = MillbrookEngine.Turn(IntentNames.PollingPlace, null, slots: (SlotNames.Address, "1733 Old Mill Rd, Millbrook, NL 99961"));
        _faq = MillbrookEngine.Turn(IntentNames.AskQuestion, "what kind of identification do I have to bring to vote");
    }

    [Benchmark]
    public DialogReply NextElection() => Run(_nextElection);

    [Benchmark]
    public DialogReply PollingPlaceFromAddress() => Run(_pollingPlace);

    [Benchmark]
    public DialogReply FaqQuestion() => Run(_faq);

    /// <summary>In-memory turns complete synchronously; reading the result directly keeps Task allocations out of the figures.</summary>
    private DialogReply Run(DialogTurn turn)
    {
        var pending = _engine.HandleAsync(turn, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }
}
