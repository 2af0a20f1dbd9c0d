using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;

namespace Elections.Bots.Core.Store;

/// <summary>
/// The embedded store: one dataset held in memory. Used by local runs and tests, and by Lambda when a small
/// jurisdiction bundles its dataset in the package (<c>DATA_DIR</c>).
/// </summary>
public sealed class InMemoryFactStore : IFactStore
{
    private readonly ElectionFacts _facts;
    private readonly string _version;
    private readonly FrozenDictionary<string, ImmutableArray<StreetSegment>> _segmentsByStreet;

    public InMemoryFactStore(ElectionFacts facts, IEnumerable<StreetSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _facts = facts;
        _version = facts.DatasetVersion;
        _segmentsByStreet = segments
            .Where(s => !s.IncludesAllStreets)
            .GroupBy(s => s.StreetName, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        SegmentCount = _segmentsByStreet.Values.Sum(v => v.Length) + facts.TownWideSegments.Length;
    }

    public int SegmentCount { get; }

    public ValueTask<ElectionFacts?> GetFactsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<ElectionFacts?>(_facts);

    public ValueTask<ImmutableArray<StreetSegment>> FindStreetSegmentsAsync(
        string datasetVersion, string normalizedStreetName, CancellationToken cancellationToken)
    {
        if (!string.Equals(datasetVersion, _version, StringComparison.Ordinal))
        {
            return ValueTask.FromResult(ImmutableArray<StreetSegment>.Empty);
        }
        return ValueTask.FromResult(
            _segmentsByStreet.TryGetValue(normalizedStreetName, out var found) ? found : ImmutableArray<StreetSegment>.Empty);
    }
}
