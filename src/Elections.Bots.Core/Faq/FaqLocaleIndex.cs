using System.Buffers;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Faq;

/// <summary>The FAQ entries of one language and the search over them (see <see cref="FaqScorer"/>).</summary>
internal sealed class FaqLocaleIndex
{
    private const int StackScratch = 2048;

    private readonly TextAnalyzer _analyzer;
    private readonly FaqEntry[] _entries;
    private readonly FaqTermStatistics _statistics;

    public FaqLocaleIndex(Locale locale, IEnumerable<FaqEntry> entries)
    {
        _analyzer = TextAnalyzer.ForSearch(locale);
        _entries = [.. entries];
        _statistics = new FaqTermStatistics(_analyzer, _entries);
    }

    public FaqSearchResult Search(ReadOnlySpan<char> text, DateOnly today)
    {
        Span<char> folded = stackalloc char[Tokenizer.MaxChars];
        Span<Token> tokens = stackalloc Token[Tokenizer.MaxTokens];
        Span<char> termText = stackalloc char[Tokenizer.MaxChars * 2];
        Span<Token> terms = stackalloc Token[Tokenizer.MaxTokens];
        var tokenCount = Tokenizer.Tokenize(text, folded, tokens);
        if (RecommendationRequest.IsMatch(folded, tokens[..tokenCount])) return FaqSearchResult.None;
        var termCount = _analyzer.Analyze(folded, tokens[..tokenCount], termText, terms);

        Span<int> sequence = stackalloc int[termCount];
        Span<int> ids = stackalloc int[termCount];
        Span<int> unknown = stackalloc int[termCount];
        int distinct = 0, unknownCount = 0;
        var queryWeight = 0.0;
        for (var i = 0; i < termCount; i++)
        {
            var term = termText.Slice(terms[i].Start, terms[i].Length);
            if (!_statistics.Terms.TryGetValue(term, out var id))
            {
                // Each different unknown word counts once: "blah blah blah" is one word the FAQ does not know.
                sequence[i] = -1;
                var hash = string.GetHashCode(term, StringComparison.Ordinal);
                if (unknown[..unknownCount].Contains(hash)) continue;
                unknown[unknownCount++] = hash;
                queryWeight += _statistics.UnknownWeight;
                continue;
            }
            sequence[i] = id;
            if (ids[..distinct].Contains(id)) continue;
            ids[distinct++] = id;
            queryWeight += _statistics.Idf[id];
        }
        if (distinct == 0) return FaqSearchResult.None;

        var size = FaqScorer.ScratchSize(_entries.Length);
        double[]? rented = null;
        var scratch = size <= StackScratch ? stackalloc double[size] : (rented = ArrayPool<double>.Shared.Rent(size)).AsSpan(0, size);
        try
        {
            var scorer = new FaqScorer(_statistics, _entries.Length, scratch);
            scorer.Accumulate(ids[..distinct], sequence, queryWeight);
            Span<(int Entry, double Score)> top = stackalloc (int, double)[FaqRanking.MaxHits];
            var found = 0;
            for (var e = 0; e < _entries.Length; e++)
            {
                if (!scorer.Touched(e) || !_entries[e].IsValidOn(today)) continue;
                found = FaqRanking.Insert(top, found, (e, scorer.Score(e, queryWeight)));
            }
            return FaqRanking.Decide(top[..found], _entries);
        }
        finally
        {
            if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        }
    }

    public FaqEntry? Find(string id)
    {
        foreach (var entry in _entries)
        {
            if (entry.Id == id) return entry;
        }
        return null;
    }
}
