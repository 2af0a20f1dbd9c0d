namespace Elections.Bots.Core.Addresses.Pub28;

/// <summary>
/// Publication 28 Appendix B: full state and territory names to their two-letter codes, plus the long forms
/// people still write ("Calif", "Penna").
/// </summary>
/// <remarks>
/// Two-letter codes are not listed: any two letters in the state position are taken as a code, so a
/// jurisdiction whose code is not a USPS one (the fictional Northland, NL) works without changes here.
/// </remarks>
internal static class States
{
    private static readonly FrozenDictionary<string, string> ByName = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ALABAMA"] = "AL", ["ALASKA"] = "AK", ["ARIZONA"] = "AZ", ["ARKANSAS"] = "AR", ["CALIFORNIA"] = "CA",
        ["COLORADO"] = "CO", ["CONNECTICUT"] = "CT", ["DELAWARE"] = "DE", ["DISTRICT OF COLUMBIA"] = "DC",
        ["FLORIDA"] = "FL", ["GEORGIA"] = "GA", ["HAWAII"] = "HI", ["IDAHO"] = "ID", ["ILLINOIS"] = "IL",
        ["INDIANA"] = "IN", ["IOWA"] = "IA", ["KANSAS"] = "KS", ["KENTUCKY"] = "KY", ["LOUISIANA"] = "LA",
        ["MAINE"] = "ME", ["MARYLAND"] = "MD", ["MASSACHUSETTS"] = "MA", ["MICHIGAN"] = "MI", ["MINNESOTA"] = "MN",
        ["MISSISSIPPI"] = "MS", ["MISSOURI"] = "MO", ["MONTANA"] = "MT", ["NEBRASKA"] = "NE", ["NEVADA"] = "NV",
        ["NEW HAMPSHIRE"] = "NH", ["NEW JERSEY"] = "NJ", ["NEW MEXICO"] = "NM", ["NEW YORK"] = "NY",
        ["NORTH CAROLINA"] = "NC", ["NORTH DAKOTA"] = "ND", ["OHIO"] = "OH", ["OKLAHOMA"] = "OK", ["OREGON"] = "OR",
        ["PENNSYLVANIA"] = "PA", ["RHODE ISLAND"] = "RI", ["SOUTH CAROLINA"] = "SC", ["SOUTH DAKOTA"] = "SD",
        ["TENNESSEE"] = "TN", ["TEXAS"] = "TX", ["UTAH"] = "UT", ["VERMONT"] = "VT", ["VIRGINIA"] = "VA",
        ["WASHINGTON"] = "WA", ["WEST VIRGINIA"] = "WV", ["WISCONSIN"] = "WI", ["WYOMING"] = "WY",
        ["AMERICAN SAMOA"] = "AS", ["GUAM"] = "GU", ["NORTHERN MARIANA ISLANDS"] = "MP", ["PUERTO RICO"] = "PR",
        ["VIRGIN ISLANDS"] = "VI", ["US VIRGIN ISLANDS"] = "VI",
        ["ARIZ"] = "AZ", ["CALIF"] = "CA", ["COLO"] = "CO", ["CONN"] = "CT", ["FLA"] = "FL", ["ILL"] = "IL",
        ["IND"] = "IN", ["KANS"] = "KS", ["MASS"] = "MA", ["MICH"] = "MI", ["MINN"] = "MN", ["MISS"] = "MS",
        ["NEBR"] = "NE", ["OKLA"] = "OK", ["OREG"] = "OR", ["PENNA"] = "PA", ["TENN"] = "TN", ["TEX"] = "TX",
        ["WASH"] = "WA", ["WISC"] = "WI", ["W VA"] = "WV",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The longest name, in words ("NORTHERN MARIANA ISLANDS").</summary>
    public const int MaxWords = 3;

    public static IEnumerable<string> AllWords => ByName.Keys.SelectMany(k => k.Split(' '));

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGetCode(ReadOnlySpan<char> name, out string code) => BySpan.TryGetValue(name, out code!);
}
