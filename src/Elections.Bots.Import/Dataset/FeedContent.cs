using Elections.Bots.Core.Facts;

namespace Elections.Bots.Import.Dataset;

/// <summary>What a VIP feed holds for the bot, read and checked, before it becomes one dataset version.</summary>
internal sealed record FeedContent(
    string JurisdictionName,
    string? StateCode,
    ImmutableArray<Election> Elections,
    ElectionOffice Office,
    ElectionOffice? StateOffice,
    FrozenDictionary<string, Precinct> Precincts,
    FrozenDictionary<string, PollingLocation> Locations,
    ImmutableArray<string> WideLocationIds,
    bool IsMailOnlyJurisdiction,
    SegmentSet Segments,
    EmergencyNotice? FeedNotice);
