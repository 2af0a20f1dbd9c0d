using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Addresses;

/// <summary>Builds a <see cref="StreetSegment"/> from a feed row, normalizing every street field the way voter input is normalized.</summary>
public static class StreetSegmentNormalizer
{
    public static StreetSegment FromFeed(
        string id, string? streetDirection, string? streetName, string? streetSuffix, string? addressDirection,
        string city, string state, string? zip, int start, int end, OddEvenBoth parity,
        bool includesAllAddresses, bool includesAllStreets, string? houseNumberPrefix, string? houseNumberSuffix,
        string? unitNumber, string precinctId)
    {
        static string? Up(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToUpperInvariant();
        var name = includesAllStreets || string.IsNullOrWhiteSpace(streetName) ? "*" : Up(streetName)!;
        var zip5 = zip is { Length: >= 5 } ? zip[..5] : Up(zip);
        return new StreetSegment(id, Up(streetDirection), name, Up(streetSuffix), Up(addressDirection),
            Up(city) ?? string.Empty, Up(state) ?? string.Empty, zip5, start, end, parity,
            includesAllAddresses, includesAllStreets || name == "*", Up(houseNumberPrefix), Up(houseNumberSuffix),
            Up(unitNumber), precinctId);
    }

    /// <summary>Normalizes a town name for comparison ("Pine  Hollow" → "PINE HOLLOW").</summary>
    public static string NormalizeCity(string city) =>
        string.Join(' ', city.Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
