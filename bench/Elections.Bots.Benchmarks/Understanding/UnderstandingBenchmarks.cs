using BenchmarkDotNet.Attributes;
using Elections.Bots.Core;
using Elections.Bots.Core.Faq;
using Elections.Bots.Core.Understanding;
using Elections.Bots.Benchmarks.Engine;

namespace Elections.Bots.Benchmarks.Understanding;

/// <summary>The local NLU and the FAQ ranker alone, warm (targets: ≤ 10 µs each, a few hundred bytes).</summary>
[MemoryDiagnoser]
public class UnderstandingBenchmarks
{
    private static readonly DateOnly Today = new(2027, 2, 15);
    private TextInterpreter _interpreter = null!;
    private FaqIndex _faq = null!;

    [GlobalSetup]
    public void Setup()
    {
        _interpreter = TextInterpreter.Default;
        _faq = MillbrookEngine.LoadDataset().Facts.FaqIndex;
    }

    [Benchmark]
    public Interpretation InterpretStructured() => _interpreter.Interpret("where do I vote? I live at 12 Oak St", Locale.English);

    [Benchmark]
    public Interpretation InterpretQuestion() => _interpreter.Interpret("Can my employer refuse to let me leave work to vote?", Locale.English);

    [Benchmark]
    public FaqSearchResult SearchEnglish() => _faq.Search("Can my employer refuse to let me leave work to vote?", Locale.English, Today);

    [Benchmark]
    public FaqSearchResult SearchSpanish() => _faq.Search("¿Dónde puedo dejar mi boleta por correo?", Locale.Spanish, Today);
}
