using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Faq;

/// <summary>Placeholder ranking by shared words; the real ranker replaces it.</summary>
public sealed class FaqIndex(ImmutableArray<FaqEntry> entries)
{
    public ImmutableArray<FaqEntry> Entries { get; } = entries;

    public FaqSearchResult Search(string text, Locale locale, DateOnly today)
    {
        var words = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var hits = Entries.Where(e => e.Locale == locale && e.IsValidOn(today))
            .Select(e => new FaqHit(e, Score(words, e)))
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score)
            .Take(3)
            .ToImmutableArray();
        var decision = hits.IsEmpty ? FaqDecision.NoMatch
            : hits.Length > 1 && hits[0].Score - hits[1].Score < 0.1 ? FaqDecision.CloseCall
            : hits[0].Score >= 0.5 ? FaqDecision.Confident : FaqDecision.NoMatch;
        return new FaqSearchResult(decision, hits);
    }

    private static double Score(HashSet<string> words, FaqEntry entry)
    {
        var question = TextFolding.Fold(entry.Question).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return question.Length == 0 ? 0 : question.Count(words.Contains) / (double)question.Length;
    }
}
