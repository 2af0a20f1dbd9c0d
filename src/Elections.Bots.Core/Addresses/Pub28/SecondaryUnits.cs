namespace Elections.Bots.Core.Addresses.Pub28;

/// <summary>
/// Publication 28 Appendix C2 secondary unit designators ("APARTMENT" → "APT"), with the Spanish words voters
/// use for an apartment.
/// </summary>
/// <remarks>
/// Matching compares unit values only ("APT 4B", "UNIT 4B" and "#4B" are the same door), so designators that
/// need a value are dropped from the normalized unit and the stand-alone ones (REAR, BSMT…) become the value.
/// </remarks>
internal static class SecondaryUnits
{
    /// <summary>Designators followed by a number or letter ("APT 4B", "# 4B").</summary>
    private static readonly FrozenDictionary<string, string> WithValue = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["#"] = "#",
        ["APARTMENT"] = "APT", ["APT"] = "APT", ["APTS"] = "APT", ["APARTAMENTO"] = "APT", ["APTO"] = "APT",
        ["DEPARTAMENTO"] = "APT", ["DEPTO"] = "APT",
        ["BUILDING"] = "BLDG", ["BLDG"] = "BLDG", ["BLD"] = "BLDG", ["EDIFICIO"] = "BLDG",
        ["DEPARTMENT"] = "DEPT", ["DEPT"] = "DEPT",
        ["FLOOR"] = "FL", ["FL"] = "FL", ["FLR"] = "FL", ["PISO"] = "FL",
        ["HANGAR"] = "HNGR", ["HNGR"] = "HNGR",
        ["KEY"] = "KEY",
        ["LOT"] = "LOT",
        ["PIER"] = "PIER",
        ["ROOM"] = "RM", ["RM"] = "RM",
        ["SLIP"] = "SLIP",
        ["SPACE"] = "SPC", ["SPC"] = "SPC",
        ["STOP"] = "STOP",
        ["SUITE"] = "STE", ["STE"] = "STE",
        ["TRAILER"] = "TRLR", ["TRLR"] = "TRLR",
        ["UNIT"] = "UNIT", ["UNIDAD"] = "UNIT",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Designators that stand alone ("REAR", "BASEMENT").</summary>
    private static readonly FrozenDictionary<string, string> Alone = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BASEMENT"] = "BSMT", ["BSMT"] = "BSMT",
        ["FRONT"] = "FRNT", ["FRNT"] = "FRNT",
        ["LOBBY"] = "LBBY", ["LBBY"] = "LBBY",
        ["LOWER"] = "LOWR", ["LOWR"] = "LOWR",
        ["OFFICE"] = "OFC", ["OFC"] = "OFC",
        ["PENTHOUSE"] = "PH", ["PH"] = "PH",
        ["REAR"] = "REAR",
        ["SIDE"] = "SIDE",
        ["UPPER"] = "UPPR", ["UPPR"] = "UPPR",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Designators safe to recognise even where the street's end is unknown ("12 Oak Apt 3", "12 Oak Rear
    /// Millbrook"): LOT, KEY or PIER are also street names, and LOWER, UPPER or FRONT start town names.
    /// </summary>
    private static readonly FrozenSet<string> Unmistakable = FrozenSet.Create(StringComparer.Ordinal,
        "#", "APT", "BLDG", "STE", "UNIT", "RM", "SPC", "TRLR", "REAR", "BSMT", "PH");

    /// <summary>Words that may sit between a designator and its value ("APT NUMBER 4", "# NO 4").</summary>
    private static readonly FrozenSet<string> NumberWords = FrozenSet.Create(StringComparer.Ordinal,
        "NUMBER", "NO", "NUM", "NR", "NUMERO");

    public static IEnumerable<string> AllWords => WithValue.Keys.Concat(Alone.Keys).Concat(NumberWords);

    public static bool NeedsValue(string word) => WithValue.ContainsKey(word);

    public static bool IsUnmistakable(string word) =>
        (WithValue.TryGetValue(word, out var designator) || Alone.TryGetValue(word, out designator))
        && Unmistakable.Contains(designator);

    public static bool TryStandAlone(string word, out string abbreviation) => Alone.TryGetValue(word, out abbreviation!);

    public static bool IsNumberWord(string word) => NumberWords.Contains(word);
}
