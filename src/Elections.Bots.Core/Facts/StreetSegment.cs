namespace Elections.Bots.Core.Facts;

/// <summary>
/// A VIP street segment with every street field already normalized to USPS Publication 28 form (upper case,
/// standard abbreviations), so matching compares normalized voter input with normalized feed data.
/// </summary>
/// <remarks>
/// <see cref="StreetName"/> is <c>*</c> for a town-wide segment (<see cref="IncludesAllStreets"/>).
/// <see cref="Zip"/> holds five digits; ZIP+4 is cut at load time.
/// </remarks>
public sealed record StreetSegment(
    string Id,
    string? PreDirectional,
    string StreetName,
    string? StreetSuffix,
    string? PostDirectional,
    string City,
    string State,
    string? Zip,
    int StartHouseNumber,
    int EndHouseNumber,
    OddEvenBoth Parity,
    bool IncludesAllAddresses,
    bool IncludesAllStreets,
    string? HouseNumberPrefix,
    string? HouseNumberSuffix,
    string? UnitNumber,
    string PrecinctId);
