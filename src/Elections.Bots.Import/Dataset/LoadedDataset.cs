using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Store;

namespace Elections.Bots.Import.Dataset;

/// <summary>One dataset read from files: the facts snapshot plus every street segment.</summary>
public sealed record LoadedDataset(ElectionFacts Facts, ImmutableArray<StreetSegment> Segments)
{
    public InMemoryFactStore CreateStore() => new(Facts, Segments);
}
