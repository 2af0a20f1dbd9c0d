namespace Elections.Bots.Core.Addresses.Pub28;

/// <summary>Publication 28 §233 directionals: NORTH → N … SOUTHWEST → SW, plus the Spanish words voters use.</summary>
internal static class Directionals
{
    private static readonly FrozenDictionary<string, string> ByWord = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["N"] = "N", ["NORTH"] = "N", ["NORTE"] = "N",
        ["S"] = "S", ["SOUTH"] = "S", ["SUR"] = "S",
        ["E"] = "E", ["EAST"] = "E", ["ESTE"] = "E",
        ["W"] = "W", ["WEST"] = "W", ["OESTE"] = "W",
        ["NE"] = "NE", ["NORTHEAST"] = "NE", ["NORESTE"] = "NE",
        ["NW"] = "NW", ["NORTHWEST"] = "NW", ["NOROESTE"] = "NW",
        ["SE"] = "SE", ["SOUTHEAST"] = "SE", ["SURESTE"] = "SE",
        ["SW"] = "SW", ["SOUTHWEST"] = "SW", ["SUROESTE"] = "SW",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Full = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["N"] = "NORTH", ["S"] = "SOUTH", ["E"] = "EAST", ["W"] = "WEST",
        ["NE"] = "NORTHEAST", ["NW"] = "NORTHWEST", ["SE"] = "SOUTHEAST", ["SW"] = "SOUTHWEST",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> AllWords => ByWord.Keys;

    public static bool TryNormalize(string word, out string abbreviation) =>
        ByWord.TryGetValue(word, out abbreviation!);

    /// <summary>True for "N" or "NE" as written, which can only be a directional; "NORTH" may start a town name.</summary>
    public static bool IsAbbreviation(string word) => Full.ContainsKey(word);

    /// <summary>"N" → "NORTH", for a directional that turns out to be part of the street's name.</summary>
    public static string FullWord(string abbreviation) =>
        Full.TryGetValue(abbreviation, out var word) ? word : abbreviation;

    /// <summary>"NORTH" + "EAST" (or "N" "E", as speech and "N. E." give them) → "NE".</summary>
    public static bool TryCombine(string first, string second, out string abbreviation)
    {
        abbreviation = string.Empty;
        if (!TryNormalize(first, out var a) || !TryNormalize(second, out var b)) return false;
        abbreviation = (a, b) switch
        {
            ("N", "E") => "NE",
            ("N", "W") => "NW",
            ("S", "E") => "SE",
            ("S", "W") => "SW",
            _ => string.Empty,
        };
        return abbreviation.Length > 0;
    }
}
