using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Faq;

/// <summary>
/// The ranked entries for one question and what they support: <see cref="FaqDecision.Confident"/> answers with
/// <see cref="Best"/>; <see cref="FaqDecision.CloseCall"/> offers every entry in <see cref="Hits"/> (2–3) as a choice.
/// </summary>
public sealed record FaqSearchResult(FaqDecision Decision, ImmutableArray<FaqHit> Hits)
{
    public static readonly FaqSearchResult None = new(FaqDecision.NoMatch, []);

    /// <summary>The entry to answer with, only when the ranking is confident.</summary>
    public FaqEntry? Best => Decision == FaqDecision.Confident ? Hits[0].Entry : null;

    /// <summary>The highest-ranked entry whatever the decision (for traces and evaluation).</summary>
    public FaqHit? Top => Hits.IsDefaultOrEmpty ? null : Hits[0];
}
