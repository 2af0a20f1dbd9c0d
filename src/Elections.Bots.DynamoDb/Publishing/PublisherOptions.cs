namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>How the publisher writes, retries and prunes.</summary>
public sealed record PublisherOptions
{
    public required string TableName { get; init; }

    /// <summary>Complete versions kept after a publish, the new active one included: the rest are deleted.</summary>
    public int KeepVersions { get; init; } = 3;

    /// <summary>BatchWriteItem (and verification) requests in flight at once.</summary>
    public int MaxRequestsInFlight { get; init; } = 8;

    /// <summary>Attempts per batch of 25 before the publish gives up (throttling that never clears).</summary>
    public int MaxWriteAttempts { get; init; } = 10;

    /// <summary>Backoff between attempts: a random delay up to base × 2^attempt, capped ("full jitter").</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromMilliseconds(50);
    public TimeSpan BackoffCap { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>An interrupted publish younger than this is left alone by the pruner: it may still be running.</summary>
    public TimeSpan AbandonedAfter { get; init; } = TimeSpan.FromHours(1);
}
