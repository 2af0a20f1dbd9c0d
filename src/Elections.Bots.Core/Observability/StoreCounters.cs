namespace Elections.Bots.Core.Observability;

/// <summary>
/// A reading of the fact store's running totals since the container started. Two readings around a turn say
/// what that turn cost: a call to the table (a cache miss), a failed read, an answer from stale data.
/// </summary>
public readonly record struct StoreCounters(long Calls, long CacheHits, long StoreErrors, long StaleServes)
{
    public StoreCounters Since(StoreCounters before) =>
        new(Calls - before.Calls, CacheHits - before.CacheHits, StoreErrors - before.StoreErrors, StaleServes - before.StaleServes);

    /// <summary>A turn that called the table missed the cache, whatever else it read from memory.</summary>
    public CacheUse CacheUse => Calls > 0 ? CacheUse.Miss : CacheHits > 0 ? CacheUse.Hit : CacheUse.Unknown;
}
