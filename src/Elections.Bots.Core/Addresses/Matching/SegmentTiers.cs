using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Addresses.Matching;

/// <summary>Which tier of a street's segment an address falls in, if any.</summary>
internal static class SegmentTiers
{
    /// <summary>VIP: a segment whose range is reversed or missing (and not a wildcard) must be ignored.</summary>
    public static bool IsUsable(StreetSegment segment) =>
        !segment.IncludesAllStreets
        && (segment.IncludesAllAddresses
            || (segment.StartHouseNumber >= 0 && segment.StartHouseNumber <= segment.EndHouseNumber));

    public static SegmentTier Of(StreetSegment segment, ParsedAddress address)
    {
        if (address.HouseNumber is not { } number || segment.IncludesAllAddresses) return SegmentTier.WholeStreet;
        if (number < segment.StartHouseNumber || number > segment.EndHouseNumber) return SegmentTier.None;
        if (segment.StartHouseNumber == segment.EndHouseNumber)
        {
            // One building: the prefix and suffix name a different door ("B22", "22 1/2") when the segment has one.
            if (!Agrees(segment.HouseNumberPrefix, address.HouseNumberPrefix)
                || !Agrees(segment.HouseNumberSuffix, address.HouseNumberSuffix))
            {
                return SegmentTier.None;
            }
            if (segment.UnitNumber is null) return SegmentTier.ExactAddress;
            if (address.Unit is null) return SegmentTier.UnitUnknown;
            return string.Equals(segment.UnitNumber, address.Unit, StringComparison.Ordinal)
                ? SegmentTier.ExactAddress
                : SegmentTier.None;
        }
        return segment.Parity switch
        {
            OddEvenBoth.Odd when number % 2 == 0 => SegmentTier.None,
            OddEvenBoth.Even when number % 2 != 0 => SegmentTier.None,
            _ => SegmentTier.Range,
        };
    }

    private static bool Agrees(string? segmentValue, string? voterValue) =>
        segmentValue is null || string.Equals(segmentValue, voterValue, StringComparison.Ordinal);
}
