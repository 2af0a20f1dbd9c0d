using Elections.Bots.Core.Observability;

namespace Elections.Bots.DynamoDb.Store;

public static class StoreCountersReading
{
    /// <summary>The counters as turn telemetry reads them: <c>StoreCounters = store.Counters.Read</c>.</summary>
    public static StoreCounters Read(this FactStoreCounters counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        return new StoreCounters(counters.Calls, counters.CacheHits + counters.SegmentCacheHits, counters.StoreErrors, counters.StaleServes);
    }
}
