using Elections.Bots.Core.Addresses.Parsing;
using Elections.Bots.Core.Addresses.Pub28;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Addresses;

/// <summary>
/// Builds a <see cref="StreetSegment"/> from a feed row, normalizing every street field the way voter input is
/// normalized, so matching compares like with like.
/// </summary>
/// <remarks>
/// When the feed fills <c>street_direction</c>, <c>street_suffix</c> or <c>address_direction</c>, those
/// columns are trusted and <c>street_name</c> is only the name (a repeated "St" at its end is dropped). When
/// all three are empty, <c>street_name</c> may hold the whole street ("E Capitol St NE") and is split.
/// </remarks>
public static class StreetSegmentNormalizer
{
    /// <summary>VIP's documented wildcard for "every street in the town".</summary>
    public const string AllStreets = "*";

    public static StreetSegment FromFeed(
        string id, string? streetDirection, string? streetName, string? streetSuffix, string? addressDirection,
        string city, string state, string? zip, int start, int end, OddEvenBoth parity,
        bool includesAllAddresses, bool includesAllStreets, string? houseNumberPrefix, string? houseNumberSuffix,
        string? unitNumber, string precinctId)
    {
        var street = includesAllStreets || string.IsNullOrWhiteSpace(streetName) || streetName.Trim() == AllStreets
            ? new StreetParts(null, AllStreets, null, null)
            : NormalizeStreet(streetDirection, streetName, streetSuffix, addressDirection);
        var townWide = street.Name == AllStreets;
        return new StreetSegment(
            id, street.PreDirectional, street.Name, street.Suffix, street.PostDirectional,
            NormalizeCity(city), NormalizeState(state), NormalizeZip(zip), start, end, parity,
            includesAllAddresses, townWide, NormalizeAffix(houseNumberPrefix), NormalizeAffix(houseNumberSuffix),
            NormalizeUnit(unitNumber), precinctId);
    }

    /// <summary>Normalizes a town name for comparison ("Pine  Hollow" → "PINE HOLLOW", "St. Louis" → "SAINT LOUIS").</summary>
    public static string NormalizeCity(string? city)
    {
        var buffer = default(TokenBuffer);
        var words = Tokenizer.Words(city, buffer);
        return CityName.Build(words) ?? string.Empty;
    }

    /// <summary>A unit as <see cref="ParsedAddress.Unit"/> holds it: "Apt 4-B" → "4B"; null when empty.</summary>
    public static string? NormalizeUnit(string? unit)
    {
        var buffer = default(TokenBuffer);
        var words = Tokenizer.Words(unit, buffer);
        if (words.IsEmpty) return null;
        string? value = null;
        if (UnitReader.Read(words, 0, allowBareValue: true, ref value) == words.Length && value is not null) return value;
        return NormalizeAffix(CityName.Build(words, spellOut: false));
    }

    /// <summary>Five digits of a ZIP or ZIP+4; null when the value is not one.</summary>
    public static string? NormalizeZip(string? zip)
    {
        if (string.IsNullOrWhiteSpace(zip)) return null;
        var trimmed = zip.AsSpan().Trim();
        return trimmed.Length >= 5 && !trimmed[..5].ContainsAnyExceptInRange('0', '9') ? new string(trimmed[..5]) : null;
    }

    private static StreetParts NormalizeStreet(string? direction, string name, string? suffix, string? postDirection)
    {
        var pre = NormalizeWord(direction, Directionals.TryNormalize);
        var type = NormalizeWord(suffix, StreetSuffixes.TryNormalize);
        var post = NormalizeWord(postDirection, Directionals.TryNormalize);
        var buffer = default(TokenBuffer);
        var words = Tokenizer.Words(name, buffer);
        if (pre is null && type is null && post is null)
        {
            return StreetPartsReader.TryRead(words, out var whole, commonSuffixOnly: true)
                ? whole
                : new StreetParts(null, name.Trim().ToUpperInvariant(), null, null);
        }
        if (words.Length > 1 && pre is not null && Matches(words[0], pre, Directionals.TryNormalize)) words = words[1..];
        if (words.Length > 1 && post is not null && Matches(words[^1], post, Directionals.TryNormalize)) words = words[..^1];
        if (words.Length > 1 && type is not null && Matches(words[^1], type, StreetSuffixes.TryNormalize)) words = words[..^1];
        var normalized = words.IsEmpty ? name.Trim().ToUpperInvariant() : StreetNameNormalizer.Normalize(words, hasSuffix: type is not null);
        return new StreetParts(pre, normalized, type, post);
    }

    private delegate bool Normalizer(string word, out string normalized);

    private static string? NormalizeWord(string? value, Normalizer normalize)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var word = NormalizeAffix(value)!;
        return normalize(word, out var standard) ? standard : word;
    }

    private static bool Matches(Token word, string standard, Normalizer normalize) =>
        normalize(word.Text, out var normalized) && normalized == standard;

    private static string NormalizeState(string? state)
    {
        var buffer = default(TokenBuffer);
        var words = Tokenizer.Words(state, buffer);
        if (words.IsEmpty) return string.Empty;
        var joined = CityName.Build(words, spellOut: false) ?? string.Empty;
        return States.TryGetCode(joined, out var code) ? code : joined;
    }

    /// <summary>Upper case, no spaces, dots or leading hyphen: "b" → "B", " 1/2" → "1/2", "-A" → "A".</summary>
    private static string? NormalizeAffix(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = new string(value.Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray()).ToUpperInvariant().TrimStart('-');
        return text.Length == 0 ? null : text;
    }
}
