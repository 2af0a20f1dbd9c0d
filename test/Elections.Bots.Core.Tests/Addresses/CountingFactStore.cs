using System.Collections.Immutable;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;

namespace Elections.Bots.Core.Tests.Addresses;

/// <summary>Wraps a store and records which street names were looked up.</summary>
internal sealed class CountingFactStore(IFactStore inner) : IFactStore
{
    public List<string> Lookups { get; } = [];

    public ValueTask<ElectionFacts?> GetFactsAsync(CancellationToken cancellationToken) => inner.GetFactsAsync(cancellationToken);

    public ValueTask<ImmutableArray<StreetSegment>> FindStreetSegmentsAsync(
        string datasetVersion, string normalizedStreetName, CancellationToken cancellationToken)
    {
        Lookups.Add(normalizedStreetName);
        return inner.FindStreetSegmentsAsync(datasetVersion, normalizedStreetName, cancellationToken);
    }
}
