using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Faq;

/// <summary>Keeps the best few scores and turns them into a <see cref="FaqDecision"/>.</summary>
internal static class FaqRanking
{
    public const int MaxHits = 3;

    /// <summary>Below this nothing is offered: the question is not about anything the FAQ covers.</summary>
    public const double MatchFloor = 0.3;

    /// <summary>The top entry answers alone only above this score…</summary>
    public const double ConfidentFloor = 0.5;

    /// <summary>…and only this far ahead of the runner-up; closer than that, the voter chooses.</summary>
    public const double ConfidentMargin = 0.1;

    /// <summary>Choices offered in a close call stay within this distance of the top score.</summary>
    public const double ChoiceWindow = 0.15;

    /// <summary>Inserts by descending score into <paramref name="top"/>, dropping the lowest when full; returns the new count.</summary>
    public static int Insert(Span<(int Entry, double Score)> top, int count, (int Entry, double Score) hit)
    {
        if (count == top.Length && hit.Score <= top[count - 1].Score) return count;
        var i = count == top.Length ? count - 1 : count;
        while (i > 0 && top[i - 1].Score < hit.Score)
        {
            top[i] = top[i - 1];
            i--;
        }
        top[i] = hit;
        return Math.Min(count + 1, top.Length);
    }

    public static FaqSearchResult Decide(ReadOnlySpan<(int Entry, double Score)> top, FaqEntry[] entries)
    {
        if (top.Length == 0 || top[0].Score < MatchFloor) return FaqSearchResult.None;
        var runnerUp = top.Length > 1 ? top[1].Score : 0;
        if (top[0].Score >= ConfidentFloor && top[0].Score - runnerUp >= ConfidentMargin)
        {
            return new FaqSearchResult(FaqDecision.Confident, Hits(top, entries, MatchFloor));
        }
        var hits = Hits(top, entries, Math.Max(MatchFloor, top[0].Score - ChoiceWindow));
        return hits.Length >= 2
            ? new FaqSearchResult(FaqDecision.CloseCall, hits)
            : new FaqSearchResult(FaqDecision.NoMatch, hits);
    }

    private static ImmutableArray<FaqHit> Hits(ReadOnlySpan<(int Entry, double Score)> top, FaqEntry[] entries, double floor)
    {
        var builder = ImmutableArray.CreateBuilder<FaqHit>(top.Length);
        foreach (var (entry, score) in top)
        {
            if (score >= floor || builder.Count == 0) builder.Add(new FaqHit(entries[entry], Math.Round(score, 3)));
        }
        return builder.DrainToImmutable();
    }
}
