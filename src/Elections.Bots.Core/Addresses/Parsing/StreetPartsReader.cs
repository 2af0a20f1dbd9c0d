using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>
/// Splits the words of one street into pre-directional, name, suffix and post-directional. A word is a
/// directional or the suffix only where something is left to be the name: "North Ave" is the avenue named
/// NORTH, "E St NE" is street E in the north-east quadrant, "Park Ave" is PARK + AVE (§234.2: only the last
/// suffix word is the suffix).
/// </summary>
internal static class StreetPartsReader
{
    /// <summary>Spanish street types said before the name ("calle Main"); CALLE says nothing about the type.</summary>
    private static readonly FrozenDictionary<string, string> SpanishTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CALLE"] = string.Empty,
        ["AVENIDA"] = "AVE",
        ["BULEVAR"] = "BLVD",
        ["CARRETERA"] = "HWY",
        ["CALLEJON"] = "ALY",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"Martin Luther King Jr" has four; more than this is a sentence, not a street.</summary>
    private const int MaxNameWords = 6;

    public static bool StartsWithSpanishType(ReadOnlySpan<Token> words) =>
        words.Length > 1 && SpanishTypes.ContainsKey(words[0].Text);

    /// <param name="commonSuffixOnly">
    /// For a feed's street_name column given alone: only an everyday type (ST, RD…) is split off, so an
    /// administrator's "Heron Lake" stays the name HERON LAKE rather than HERON + LK.
    /// </param>
    public static bool TryRead(ReadOnlySpan<Token> words, out StreetParts street, bool commonSuffixOnly = false)
    {
        street = default;
        string? spanishSuffix = null;
        if (StartsWithSpanishType(words))
        {
            spanishSuffix = SpanishTypes[words[0].Text];
            words = words[1..];
        }
        int lo = 0, hi = words.Length;
        string? post = null, suffix = null, pre = null;
        if (hi - lo >= 3 && Directionals.TryCombine(words[hi - 2].Text, words[hi - 1].Text, out var combined))
        {
            post = combined;
            hi -= 2;
        }
        else if (hi - lo >= 2 && Directionals.TryNormalize(words[hi - 1].Text, out var single))
        {
            post = single;
            hi--;
        }
        if (hi - lo >= 2 && StreetSuffixes.TryNormalize(words[hi - 1].Text, out var abbreviation)
            && (!commonSuffixOnly || StreetSuffixes.IsCommon(abbreviation)))
        {
            suffix = abbreviation;
            hi--;
        }
        if (hi - lo >= 3 && Directionals.TryCombine(words[lo].Text, words[lo + 1].Text, out combined))
        {
            pre = combined;
            lo += 2;
        }
        else if (hi - lo >= 2 && Directionals.TryNormalize(words[lo].Text, out var single))
        {
            pre = single;
            lo++;
        }
        if (lo >= hi || hi - lo > MaxNameWords) return false;
        if (suffix is null && !string.IsNullOrEmpty(spanishSuffix)) suffix = spanishSuffix;
        var name = StreetNameNormalizer.Normalize(words[lo..hi], hasSuffix: suffix is not null);
        street = new StreetParts(pre, name, suffix, post);
        return true;
    }
}
