namespace Elections.Bots.DynamoDb.Items;

/// <summary>
/// The kinds of record a version holds. Fact kinds are stored as compressed groups in the fact partition; the
/// two segment kinds and <see cref="Streets"/> are counts in the manifest.
/// </summary>
public static class FactKinds
{
    public const string Jurisdiction = "jurisdiction";
    public const string Elections = "elections";
    public const string Precincts = "precincts";
    public const string Locations = "locations";
    public const string Faq = "faq";
    public const string Notices = "notices";
    public const string TownWideSegments = "town-wide-segments";

    /// <summary>Segments stored in street partitions (every segment that names a street).</summary>
    public const string StreetSegments = "street-segments";

    /// <summary>Street partitions (distinct normalized street names).</summary>
    public const string Streets = "streets";
}
