namespace Elections.Bots.Core.Facts;

/// <summary>A VIP precinct (or precinct split) and the places listed for it.</summary>
public sealed record Precinct(
    string Id,
    string Name,
    string? Number,
    string? Ward,
    bool IsMailOnly,
    ImmutableArray<string> PollingLocationIds);
