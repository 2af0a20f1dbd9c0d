using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Addresses;

/// <summary>The outcome of matching an address to street segments.</summary>
/// <param name="Precinct">Set only when <see cref="Status"/> is <see cref="AddressMatchStatus.Matched"/>.</param>
/// <param name="SegmentId">The feed's street_segment id that decided, for the answer trace.</param>
/// <param name="Options">For the Needs* statuses: what the voter can choose from (ZIPs, towns, streets, units), normalized and sorted.</param>
public sealed record AddressMatch(
    AddressMatchStatus Status,
    Precinct? Precinct = null,
    string? SegmentId = null,
    ImmutableArray<string> Options = default)
{
    public static readonly AddressMatch NotFound = new(AddressMatchStatus.NotFound);
    public static readonly AddressMatch OutsideJurisdiction = new(AddressMatchStatus.OutsideJurisdiction);
    public static readonly AddressMatch Unusable = new(AddressMatchStatus.Unusable);
    public static readonly AddressMatch NeedsHouseNumber = new(AddressMatchStatus.NeedsHouseNumber);

    public ImmutableArray<string> Options { get; init; } = Options.IsDefault ? [] : Options;
}
