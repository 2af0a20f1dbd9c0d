using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>
/// Finds where the street ends in words that may run on into a unit and a town without commas
/// ("401 north main street apt 3 millbrook"). The street ends at an unmistakable unit designator, or else
/// after the last everyday street type (ST, AVE, RD… and a post-directional) that has words after it.
/// </summary>
internal static class StreetLineReader
{
    public static bool TryRead(ReadOnlySpan<Token> words, bool hasHouseNumber, out StreetLine line)
    {
        line = default;
        if (words.IsEmpty) return false;
        string? unit = null;
        HouseNumber? trailing = null;
        int streetEnd, end;
        var designator = FindDesignator(words);
        var common = designator < 0 ? FindCommonSuffix(words) : -1;
        if (designator > 0)
        {
            streetEnd = designator;
            end = UnitReader.Read(words, designator, allowBareValue: false, ref unit);
        }
        else if (common > 0)
        {
            streetEnd = end = common + 1 + CountPostDirectional(words[(common + 1)..]);
            if (!hasHouseNumber && end < words.Length && words[end].IsDigits)
            {
                // "Main Street 401": a voter who says the number last.
                trailing = new HouseNumber(int.Parse(words[end].Text, provider: null), null, null);
                end++;
            }
            end = UnitReader.Read(words, end, allowBareValue: true, ref unit);
        }
        else
        {
            streetEnd = end = words.Length;
            if (!hasHouseNumber && StreetPartsReader.StartsWithSpanishType(words) && words.Length > 2
                && words[^1].IsDigits && words[^1].Text.Length <= 9)
            {
                trailing = new HouseNumber(int.Parse(words[^1].Text, provider: null), null, null);
                streetEnd--;
            }
        }
        if (!StreetPartsReader.TryRead(words[..streetEnd], out var street)) return false;
        line = new StreetLine(street, unit, trailing, end);
        return true;
    }

    /// <summary>APT, UNIT, STE, # … after at least one street word; LOT or KEY could be the street itself.</summary>
    private static int FindDesignator(ReadOnlySpan<Token> words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (SecondaryUnits.IsUnmistakable(words[i].Text)) return i;
        }
        return -1;
    }

    /// <summary>
    /// The last everyday street type that has more words after it and a name before it. None when the words
    /// end in an everyday type, or in one more type after it ("Main St Ext"): then they are all street.
    /// "County Rd 12" and "US Hwy 29" are names, not a type and a unit.
    /// </summary>
    private static int FindCommonSuffix(ReadOnlySpan<Token> words)
    {
        if (words.IsEmpty || IsCommonSuffix(words[^1].Text)
            || (words.Length >= 2 && IsCommonSuffix(words[^2].Text) && StreetSuffixes.TryNormalize(words[^1].Text, out _)))
        {
            return -1;
        }
        for (var i = words.Length - 2; i >= 1; i--)
        {
            if (IsCommonSuffix(words[i].Text) && !RouteOwners.Contains(words[i - 1].Text)) return i;
        }
        return -1;
    }

    private static bool IsCommonSuffix(string word) =>
        StreetSuffixes.TryNormalize(word, out var suffix) && StreetSuffixes.IsCommon(suffix);

    private static readonly FrozenSet<string> RouteOwners = FrozenSet.Create(StringComparer.Ordinal,
        "COUNTY", "CO", "STATE", "US", "FM", "TOWNSHIP", "TWP", "FOREST", "RANCH");

    /// <summary>
    /// "RD NE", "ST N", "ST NORTH EAST": an abbreviation is always a post-directional here; a full word only
    /// when nothing but a unit follows, since "…St North Ridge" names a town.
    /// </summary>
    private static int CountPostDirectional(ReadOnlySpan<Token> after)
    {
        if (after.IsEmpty) return 0;
        var count = after.Length >= 2 && Directionals.TryCombine(after[0].Text, after[1].Text, out _) ? 2
            : Directionals.TryNormalize(after[0].Text, out _) ? 1
            : 0;
        if (count == 0 || (count == 1 && Directionals.IsAbbreviation(after[0].Text))) return count;
        var rest = after[count..];
        return rest.IsEmpty || rest[0].HasDigit || UnitReader.StartsUnit(rest) || rest[0].Group != after[0].Group ? count : 0;
    }
}
