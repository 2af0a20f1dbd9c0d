using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Faq;

public sealed record FaqHit(FaqEntry Entry, double Score);
