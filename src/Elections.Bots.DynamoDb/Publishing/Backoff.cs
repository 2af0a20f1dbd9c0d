namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>"Full jitter": a random delay up to base × 2^attempt, capped, so retrying writers spread out instead of colliding again.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(PublisherOptions options, int attempt)
    {
        var ceiling = Math.Min(options.BackoffCap.TotalMilliseconds, options.BackoffBase.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }
}
