using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Addresses.Matching;

/// <summary>
/// Where the voter said the address is, checked against the places the feed serves. The ZIP decides between
/// towns; the town is used when there is no ZIP, and for town-wide segments (whose ZIP VIP says to ignore).
/// </summary>
internal readonly record struct MatchPlace(string? Zip, string? City)
{
    public bool IsKnown => Zip is not null || City is not null;

    /// <summary>Reads the place, or says at once that the address is outside the jurisdiction or contradicts itself.</summary>
    public static MatchPlace Resolve(ParsedAddress address, ElectionFacts facts, out AddressMatch? verdict)
    {
        verdict = null;
        var zipServed = address.Zip is { } zip && facts.ServedZips.Contains(zip);
        var cityServed = address.City is { } city && facts.ServedCities.Contains(city);
        var stateDiffers = address.State is { Length: 2 } state && facts.StateCode is { Length: 2 } code
            && !string.Equals(state, code, StringComparison.Ordinal);
        if ((address.Zip is not null && !zipServed) || (address.City is not null && !cityServed && !zipServed) || stateDiffers)
        {
            // A served town with a foreign ZIP or state is a contradiction, not proof the voter lives elsewhere.
            verdict = zipServed || cityServed ? AddressMatch.NotFound : AddressMatch.OutsideJurisdiction;
        }
        return new MatchPlace(address.Zip, cityServed ? address.City : null);
    }

    public bool Contains(StreetSegment segment)
    {
        if (Zip is not null && segment.Zip is not null) return string.Equals(segment.Zip, Zip, StringComparison.Ordinal);
        return City is null || string.Equals(segment.City, City, StringComparison.Ordinal);
    }

    /// <summary>A town-wide segment covers the voter's town, or failing a town, the voter's ZIP.</summary>
    public bool ContainsTown(StreetSegment segment) =>
        City is not null
            ? string.Equals(segment.City, City, StringComparison.Ordinal)
            : Zip is not null && string.Equals(segment.Zip, Zip, StringComparison.Ordinal);
}
