using System.Diagnostics.CodeAnalysis;
using Elections.Bots.Core.Addresses.Parsing;

namespace Elections.Bots.Core.Addresses;

/// <summary>
/// Reads free text or a transcript ("12 Oak St, Millbrook 99961", "I live at four oh one north main street
/// millbrook") into a <see cref="ParsedAddress"/> in Publication 28 form.
/// </summary>
/// <remarks>
/// Commas, when there are any, separate the street from the town. Without them the street ends at a unit
/// designator or an everyday street type, and <c>knownCities</c> (the jurisdiction's normalized towns,
/// <see cref="Facts.ElectionFacts.ServedCities"/>) finds a town that follows a street typed without its type.
/// Allocates only the strings it returns.
/// </remarks>
public static class AddressParser
{
    /// <summary>Longer text is not an address; the limit keeps the work per turn bounded.</summary>
    public const int MaxTextLength = 300;

    public static bool TryParse(string? text, [NotNullWhen(true)] out ParsedAddress? address) =>
        TryParse(text, null, out address);

    public static bool TryParse(
        string? text, IReadOnlySet<string>? knownCities, [NotNullWhen(true)] out ParsedAddress? address)
    {
        address = null;
        var buffer = default(TokenBuffer);
        var words = Tokenize(text, buffer);
        return !words.IsEmpty && TryParse(words, new KnownCities(knownCities), out address);
    }

    /// <summary>Reads words that name only a street ("north main street", "N MAIN ST"), for follow-up answers.</summary>
    internal static bool TryReadStreet(string text, out StreetParts street)
    {
        street = default;
        var buffer = default(TokenBuffer);
        var words = Tokenize(text, buffer);
        return !words.IsEmpty && StreetPartsReader.TryRead(words, out street);
    }

    /// <summary>Reads words that name only a place ("Eastfield, NL", "nine nine nine six four"), for follow-up answers.</summary>
    internal static bool TryReadPlace(
        string text, IReadOnlySet<string>? knownCities, out string? city, out string? state, out string? zip)
    {
        city = state = null;
        var buffer = default(TokenBuffer);
        var words = Tokenize(text, buffer);
        var zipWords = ZipReader.ReadAtEnd(words, out zip);
        LocalityReader.Read(words[..^zipWords], new KnownCities(knownCities), out city, out state);
        return zip is not null || city is not null;
    }

    /// <summary>Words without the filler around them; empty when the text is not usable.</summary>
    internal static ReadOnlySpan<Token> Tokenize(string? text, Span<Token> buffer) =>
        text is null || text.Length > MaxTextLength ? [] : FillerTrimmer.Trim(Tokenizer.Words(text, buffer));

    private static bool TryParse(ReadOnlySpan<Token> words, KnownCities cities, out ParsedAddress? address)
    {
        address = null;
        if (FillerTrimmer.IsPostOfficeBox(words)) return false;
        string? unit = null;
        var leadingUnit = ReadUnitGroups(words, ref unit, leading: true);
        words = words[leadingUnit..];

        var used = HouseNumberReader.Read(words, out var number);
        var rest = words[used..];
        var zipWords = ZipReader.ReadAtEnd(rest, out var zip);
        if (zipWords >= rest.Length) return false;
        rest = rest[..^zipWords];

        var groupEnd = 1;
        while (groupEnd < rest.Length && rest[groupEnd].Group == rest[0].Group) groupEnd++;
        var town = LocalityReader.FindTown(rest[..groupEnd], cities);
        var streetWords = rest[..(town > 0 ? town : groupEnd)];
        if (!StreetLineReader.TryRead(streetWords, used > 0, out var line)) return false;

        unit = Combine(unit, line.Unit);
        var locality = rest[line.End..];
        if (line.End == groupEnd)
        {
            locality = rest[(groupEnd + ReadUnitGroups(rest[groupEnd..], ref unit))..];
        }
        LocalityReader.Read(locality, cities, out var city, out var state);

        var house = used > 0 ? number : line.TrailingNumber;
        var street = line.Street;
        // Words with neither a number nor a street type ("what time do polls close") are not an address.
        if (house is null && street.Suffix is null) return false;
        address = new ParsedAddress(
            house?.Number, house?.Prefix, house?.Suffix,
            street.PreDirectional, street.Name, street.Suffix, street.PostDirectional,
            unit, city, state, zip);
        return true;
    }

    /// <summary>
    /// "12 Oak St, Apt 3, Millbrook": parts after the street that hold only a unit; with <paramref name="leading"/>,
    /// a unit written first ("Apt 3, 12 Oak St").
    /// </summary>
    private static int ReadUnitGroups(ReadOnlySpan<Token> words, ref string? unit, bool leading = false)
    {
        var used = 0;
        while (!words.IsEmpty)
        {
            var groupEnd = 1;
            while (groupEnd < words.Length && words[groupEnd].Group == words[0].Group) groupEnd++;
            var group = words[..groupEnd];
            if (leading && groupEnd == words.Length) break;
            var isBareValue = !leading && groupEnd == 1 && group[0].HasDigit && groupEnd < words.Length;
            var read = unit;
            if ((!isBareValue && !UnitReader.StartsGroupUnit(group))
                || UnitReader.Read(group, 0, allowBareValue: true, ref read) != groupEnd)
            {
                break;
            }
            unit = read;
            words = words[groupEnd..];
            used += groupEnd;
        }
        return used;
    }

    private static string? Combine(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first} {second}";
}
