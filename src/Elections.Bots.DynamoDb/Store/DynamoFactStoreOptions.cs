namespace Elections.Bots.DynamoDb.Store;

/// <summary>How the store caches and how long it waits; read once at the composition root.</summary>
public sealed record DynamoFactStoreOptions
{
    public required string TableName { get; init; }

    /// <summary>How long a container answers from its cache before re-reading the ACTIVE pointer (one small GetItem).</summary>
    public TimeSpan CacheTtl { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How old the last confirmed data may get while DynamoDB fails before the store gives up and the engine
    /// gives the office's phone instead: a day-old polling place is far more likely right than no answer.
    /// </summary>
    public TimeSpan MaxStaleness { get; init; } = TimeSpan.FromHours(24);

    /// <summary>After a failed read, how long to answer from the cache before trying DynamoDB again, so an outage
    /// costs one timeout per interval instead of one per voter turn.</summary>
    public TimeSpan ErrorRetryInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Wall-clock budget of one store operation, retries included. A cold turn makes at most two operations
    /// (facts, then one street), so a voter never waits more than 2 × this on DynamoDB.
    /// </summary>
    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Streets kept per container (segments of a version never change, so entries never expire).</summary>
    public int StreetCacheCapacity { get; init; } = 4096;
}
