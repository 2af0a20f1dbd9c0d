namespace Elections.Bots.Core.Addresses.Matching;

/// <summary>
/// How specifically a street's segment covers an address; the lowest tier with any hit decides (vip.md §1.6).
/// Town-wide segments (includes_all_streets) are the last resort, tried only when no tier here has a hit.
/// </summary>
internal enum SegmentTier
{
    None = 0,
    /// <summary>start == end == the house number, with prefix, suffix and unit equal where the segment has them.</summary>
    ExactAddress = 1,
    /// <summary>start ≤ number ≤ end on the right side of the street.</summary>
    Range = 2,
    /// <summary>includes_all_addresses, or any segment of the street when no house number was given.</summary>
    WholeStreet = 3,
    /// <summary>The exact address is split by unit and the voter gave no unit.</summary>
    UnitUnknown = 4,
}
