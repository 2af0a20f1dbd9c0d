using Elections.Bots.Core.Facts;

namespace Elections.Bots.Import.Dataset;

/// <summary>Every usable street segment and the line it came from (same index), for overlap findings.</summary>
internal sealed record SegmentSet(ImmutableArray<StreetSegment> Segments, ImmutableArray<int> Lines, string FileName);
