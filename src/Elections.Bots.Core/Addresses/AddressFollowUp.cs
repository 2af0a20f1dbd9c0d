using System.Diagnostics.CodeAnalysis;
using Elections.Bots.Core.Addresses.Parsing;
using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses;

/// <summary>
/// Combines the address a voter gave with their answer to the clarifying question a Needs* match asked:
/// "99962" or "Eastfield" for the town, "north" or "2" for N MAIN ST, "401" for the house number, "4B" for the unit.
/// </summary>
/// <remarks>
/// The engine keeps <see cref="ParsedAddress.ToText"/> between turns; matching that address again gives back
/// the same question, so only the address needs keeping. An answer that is a whole new address replaces the
/// old one. A digit from 1 to the count of options picks that option (what DTMF and numbered SMS replies
/// send), except for units, where "2" is a unit.
/// </remarks>
public static class AddressFollowUp
{
    public static bool TryApply(
        ParsedAddress previous, AddressMatch question, string? answer, IReadOnlySet<string>? knownCities,
        [NotNullWhen(true)] out ParsedAddress? updated)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(question);
        updated = null;
        if (string.IsNullOrWhiteSpace(answer)) return false;
        if (AddressParser.TryParse(answer, knownCities, out var restated) && restated.HouseNumber is not null
            && (question.Status != AddressMatchStatus.NeedsUnit || restated.StreetSuffix is not null))
        {
            var samePlace = restated.City is null && restated.Zip is null;
            updated = samePlace ? restated with { City = previous.City, State = previous.State, Zip = previous.Zip } : restated;
            return true;
        }
        var option = PickOption(question, answer);
        updated = question.Status switch
        {
            AddressMatchStatus.NeedsZipOrCity => WithPlace(previous, option ?? answer, knownCities),
            AddressMatchStatus.NeedsDirectional or AddressMatchStatus.NeedsStreetSuffix =>
                WithStreet(previous, option ?? MatchStreetOption(question, answer)),
            AddressMatchStatus.NeedsHouseNumber => WithHouseNumber(previous, answer),
            AddressMatchStatus.NeedsUnit => WithUnit(previous, answer),
            _ => null,
        };
        return updated is not null;
    }

    private static string? PickOption(AddressMatch question, string answer)
    {
        var options = question.Options;
        if (question.Status == AddressMatchStatus.NeedsUnit || options.IsDefaultOrEmpty) return null;
        var trimmed = answer.Trim();
        if (trimmed.Length == 1 && int.TryParse(trimmed, out var n) && n >= 1 && n <= options.Length) return options[n - 1];
        var normalized = StreetSegmentNormalizer.NormalizeCity(trimmed);
        foreach (var option in options)
        {
            if (string.Equals(option, normalized, StringComparison.Ordinal)) return option;
        }
        return null;
    }

    private static ParsedAddress? WithPlace(ParsedAddress previous, string answer, IReadOnlySet<string>? knownCities) =>
        AddressParser.TryReadPlace(answer, knownCities, out var city, out var state, out var zip)
            ? previous with { Zip = zip ?? previous.Zip, City = city ?? previous.City, State = state ?? previous.State }
            : null;

    private static ParsedAddress? WithStreet(ParsedAddress previous, string? street)
    {
        if (street is null || !AddressParser.TryReadStreet(street, out var parts)) return null;
        return previous with
        {
            PreDirectional = parts.PreDirectional,
            StreetName = parts.Name,
            StreetSuffix = parts.Suffix,
            PostDirectional = parts.PostDirectional,
        };
    }

    /// <summary>
    /// "north" picks the option with N before or after the name, "avenue" the one with AVE, "north main
    /// street" the one whose parts agree; nothing when no option or several fit.
    /// </summary>
    private static string? MatchStreetOption(AddressMatch question, string answer)
    {
        var single = StreetSegmentNormalizer.NormalizeCity(answer).Replace(" ", string.Empty, StringComparison.Ordinal);
        var isDirection = Directionals.TryNormalize(single, out var direction);
        var isSuffix = StreetSuffixes.TryNormalize(single, out var suffix);
        var isStreet = AddressParser.TryReadStreet(answer, out var said);
        string? found = null;
        foreach (var option in question.Options)
        {
            if (!AddressParser.TryReadStreet(option, out var street)) continue;
            var fits = isDirection ? street.PreDirectional == direction || street.PostDirectional == direction
                : isSuffix ? street.Suffix == suffix
                : isStreet && street.Name == said.Name && Agrees(said.PreDirectional, street.PreDirectional)
                    && Agrees(said.Suffix, street.Suffix) && Agrees(said.PostDirectional, street.PostDirectional);
            if (!fits) continue;
            if (found is not null) return null;
            found = option;
        }
        return found;
    }

    private static bool Agrees(string? said, string? option) => said is null || said == option;

    private static ParsedAddress? WithHouseNumber(ParsedAddress previous, string answer)
    {
        var buffer = default(TokenBuffer);
        var words = AddressParser.Tokenize(answer, buffer);
        if (HouseNumberReader.Read(words, out var number) == 0) return null;
        return previous with { HouseNumber = number.Number, HouseNumberPrefix = number.Prefix, HouseNumberSuffix = number.Suffix };
    }

    private static ParsedAddress? WithUnit(ParsedAddress previous, string answer)
    {
        var buffer = default(TokenBuffer);
        var words = AddressParser.Tokenize(answer, buffer);
        string? unit = null;
        if (!words.IsEmpty && UnitReader.Read(words, 0, allowBareValue: true, ref unit) == 0)
        {
            // A letter alone ("B") names a unit too, but only when it is all the voter said.
            unit = words.Length == 1 && words[0].IsLetters && words[0].Text.Length <= 2 ? words[0].Text : null;
        }
        return unit is null ? null : previous with { Unit = unit };
    }
}
