using Amazon.Runtime;

namespace Elections.Bots.DynamoDb.Store;

/// <summary>
/// What the store did since the container started, for the metrics the functions publish. Counts only:
/// <see cref="LastError"/> names the failure's type, never a message that could carry a voter's street.
/// </summary>
public sealed class FactStoreCounters
{
    private long _pointerReads;
    private long _factLoads;
    private long _segmentQueries;
    private long _cacheHits;
    private long _segmentCacheHits;
    private long _staleServes;
    private long _storeErrors;

    /// <summary>Requests sent to DynamoDB by this store (each read counts once, whatever the SDK retried).</summary>
    public long Calls => PointerReads + FactLoads + SegmentQueries;
    public long PointerReads => Interlocked.Read(ref _pointerReads);
    public long FactLoads => Interlocked.Read(ref _factLoads);
    public long SegmentQueries => Interlocked.Read(ref _segmentQueries);
    public long CacheHits => Interlocked.Read(ref _cacheHits);
    public long SegmentCacheHits => Interlocked.Read(ref _segmentCacheHits);

    /// <summary>Answers given from data that could not be re-confirmed because DynamoDB failed.</summary>
    public long StaleServes => Interlocked.Read(ref _staleServes);
    public long StoreErrors => Interlocked.Read(ref _storeErrors);
    public string? LastError { get; private set; }

    internal void PointerRead() => Interlocked.Increment(ref _pointerReads);
    internal void FactLoad() => Interlocked.Increment(ref _factLoads);
    internal void SegmentQuery() => Interlocked.Increment(ref _segmentQueries);
    internal void CacheHit() => Interlocked.Increment(ref _cacheHits);
    internal void SegmentCacheHit() => Interlocked.Increment(ref _segmentCacheHits);
    internal void StaleServe() => Interlocked.Increment(ref _staleServes);

    internal void StoreError(Exception error)
    {
        Interlocked.Increment(ref _storeErrors);
        LastError = error switch
        {
            AmazonServiceException service => service.ErrorCode ?? service.GetType().Name,
            InvalidDataException data => "InvalidData: " + data.Message,
            // The store's own budget ran out, whatever the SDK was retrying (usually throttling).
            OperationCanceledException => "Timeout",
            _ => error.GetType().Name,
        };
    }
}
