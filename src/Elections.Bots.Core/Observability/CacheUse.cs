namespace Elections.Bots.Core.Observability;

/// <summary>Whether the turn's facts came from the container's cache or needed a call to the store.</summary>
public enum CacheUse
{
    /// <summary>The store keeps no counters (the in-memory store): nothing to say.</summary>
    Unknown,
    Hit,
    Miss,
}
