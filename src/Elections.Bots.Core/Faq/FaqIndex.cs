using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Faq;

/// <summary>Placeholder index: replaced by the ranking implementation.</summary>
public sealed class FaqIndex(ImmutableArray<FaqEntry> entries)
{
    public ImmutableArray<FaqEntry> Entries { get; } = entries;
}
