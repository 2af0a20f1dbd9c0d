using Elections.Bots.Core.Facts;

namespace Elections.Bots.DynamoDb.Store;

/// <summary>
/// A bounded, roughly least-recently-used cache of street queries in two generations: hits in the old
/// generation move to the young one, and when the young one is full the old one is dropped whole.
/// </summary>
internal sealed class StreetSegmentCache(int capacity)
{
    private readonly Lock _gate = new();
    private readonly int _generationSize = Math.Max(1, capacity / 2);
    private Dictionary<string, ImmutableArray<StreetSegment>> _young = new(StringComparer.Ordinal);
    private Dictionary<string, ImmutableArray<StreetSegment>> _old = new(StringComparer.Ordinal);

    public static string KeyOf(string version, string street) => version + "\n" + street;

    public bool TryGet(string key, out ImmutableArray<StreetSegment> segments)
    {
        lock (_gate)
        {
            if (_young.TryGetValue(key, out segments)) return true;
            if (!_old.Remove(key, out segments)) return false;
            AddLocked(key, segments);
            return true;
        }
    }

    public void Add(string key, ImmutableArray<StreetSegment> segments)
    {
        lock (_gate) AddLocked(key, segments);
    }

    private void AddLocked(string key, ImmutableArray<StreetSegment> segments)
    {
        _young[key] = segments;
        if (_young.Count < _generationSize) return;
        _old = _young;
        _young = new Dictionary<string, ImmutableArray<StreetSegment>>(StringComparer.Ordinal);
    }
}
