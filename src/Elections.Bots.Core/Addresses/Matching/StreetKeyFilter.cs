using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Addresses.Matching;

/// <summary>
/// Keeps the segments of the voter's street in the voter's place. A directional or suffix the voter gave must
/// equal the segment's; a segment without one still matches unless another segment has exactly the voter's
/// ("N Main St" prefers N MAIN ST to MAIN ST). What the voter left out matches anything, and the selector asks
/// when that leaves more than one precinct.
/// </summary>
internal readonly struct StreetKeyFilter
{
    private readonly StreetQuery _query;
    private readonly MatchPlace _place;
    private readonly bool _exactPre;
    private readonly bool _exactSuffix;
    private readonly bool _exactPost;

    public StreetKeyFilter(StreetQuery query, MatchPlace place, ImmutableArray<StreetSegment> segments)
    {
        _query = query;
        _place = place;
        foreach (var segment in segments)
        {
            if (!IsCandidate(segment)) continue;
            _exactPre |= query.PreDirectional is not null && segment.PreDirectional == query.PreDirectional;
            _exactSuffix |= query.Suffix is not null && segment.StreetSuffix == query.Suffix;
            _exactPost |= query.PostDirectional is not null && segment.PostDirectional == query.PostDirectional;
        }
    }

    public bool Accepts(StreetSegment segment) =>
        IsCandidate(segment)
        && Agrees(_query.PreDirectional, segment.PreDirectional, _exactPre)
        && Agrees(_query.Suffix, segment.StreetSuffix, _exactSuffix)
        && Agrees(_query.PostDirectional, segment.PostDirectional, _exactPost);

    private bool IsCandidate(StreetSegment segment) =>
        SegmentTiers.IsUsable(segment)
        && string.Equals(segment.StreetName, _query.Name, StringComparison.Ordinal)
        && _place.Contains(segment);

    private static bool Agrees(string? voter, string? segment, bool someSegmentEqualsVoter) =>
        voter is null
        || string.Equals(voter, segment, StringComparison.Ordinal)
        || (segment is null && !someSegmentEqualsVoter);
}
