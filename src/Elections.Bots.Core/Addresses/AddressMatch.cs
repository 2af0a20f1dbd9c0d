using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Addresses;

/// <summary>The outcome of matching an address to street segments.</summary>
/// <param name="Precinct">Set only when <see cref="Status"/> is <see cref="AddressMatchStatus.Matched"/>.</param>
/// <param name="Options">For the Needs* statuses: what the voter can choose from (ZIPs, towns, directionals), normalized.</param>
public sealed record AddressMatch(
    AddressMatchStatus Status,
    Precinct? Precinct = null,
    string? SegmentId = null,
    ImmutableArray<string> Options = default)
{
    public ImmutableArray<string> Options { get; init; } = Options.IsDefault ? [] : Options;
}
