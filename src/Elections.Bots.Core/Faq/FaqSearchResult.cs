namespace Elections.Bots.Core.Faq;

public sealed record FaqSearchResult(FaqDecision Decision, ImmutableArray<FaqHit> Hits);
