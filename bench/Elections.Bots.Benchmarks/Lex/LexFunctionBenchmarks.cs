using BenchmarkDotNet.Attributes;
using Elections.Bots.Benchmarks.Engine;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex;

namespace Elections.Bots.Benchmarks.Lex;

/// <summary>
/// One Lex V2 code-hook event through LexFunction on the engine and the in-memory Millbrook store: parse, map,
/// answer, render, serialize (targets: median ≤ 20 µs structured, ≤ 40 µs FAQ, ≤ 16 KB allocated).
/// Events are the test fixtures, so the benchmark measures what the tests check.
/// </summary>
[MemoryDiagnoser]
public class LexFunctionBenchmarks
{
    private LexFunction _function = null!;
    private byte[] _pollingPlaceWeb = null!;
    private byte[] _registrationSmsSpanish = null!;
    private byte[] _faqWeb = null!;
    private byte[] _earlyVotingVoiceSpanish = null!;

    [GlobalSetup]
    public void Setup()
    {
        var engine = MillbrookEngine.Create(MillbrookEngine.LoadDataset());
        _function = new LexFunction(engine, new EngineOptions(TimeZoneInfo.Utc, "555-0142"));
        _pollingPlaceWeb = Fixture("web-fulfillment-polling-place.json");
        _registrationSmsSpanish = Fixture("sms-twilio-fulfillment-registration-deadline-es.json");
        _faqWeb = Fixture("web-fulfillment-fallback-faq.json");
        _earlyVotingVoiceSpanish = Fixture("connect-voice-fulfillment-early-voting-es.json");
    }

    [Benchmark]
    public int PollingPlaceWeb() => Invoke(_pollingPlaceWeb);

    [Benchmark]
    public int RegistrationDeadlineSmsSpanish() => Invoke(_registrationSmsSpanish);

    [Benchmark]
    public int FaqQuestionWeb() => Invoke(_faqWeb);

    [Benchmark]
    public int EarlyVotingConnectVoiceSpanish() => Invoke(_earlyVotingVoiceSpanish);

    private int Invoke(byte[] lexEvent)
    {
        var pending = _function.InvokeAsync(lexEvent, CancellationToken.None);
        var result = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        return result.Body.Length;
    }

    private static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(MillbrookEngine.RepositoryRoot(), "test", "Elections.Bots.Lex.Tests", "Events", name));
}
