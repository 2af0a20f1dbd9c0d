using System.Globalization;
using System.Text.RegularExpressions;

namespace Elections.Bots.DynamoDb.Table;

/// <summary>
/// The key layout of the election-facts table: every partition key, sort key and attribute name the store and
/// the publisher use. TABLE-DESIGN.md beside this file explains the layout, the access patterns and the costs.
/// </summary>
public static partial class TableSchema
{
    public const string PartitionKey = "pk";
    public const string SortKey = "sk";

    /// <summary>Dataset version, on every item (a fact, a segment, the pointer and its mirror).</summary>
    public const string Version = "ver";

    /// <summary>Item payload: binary Brotli chunk for fact groups, JSON string for headers and segments.</summary>
    public const string Data = "d";

    /// <summary>Pointer: version before the last flip.</summary>
    public const string Previous = "prev";

    /// <summary>Pointer and mirror: flip counter, +1 on every flip; the flip's condition and the mirror's freshness.</summary>
    public const string Serial = "serial";

    /// <summary>Pointer: ISO 8601 UTC instant of the last flip.</summary>
    public const string FlippedAt = "at";

    /// <summary>Pointer: map of notice id → notice JSON, live on whatever version is active.</summary>
    public const string Notices = "notices";

    /// <summary>Street items: segments in this item, and items in the street's partition.</summary>
    public const string Records = "n";
    public const string ChunkCount = "of";

    /// <summary>Manifest: <see cref="Items.VersionState"/> as text, creation instant, record counts per kind.</summary>
    public const string State = "state";
    public const string CreatedAt = "createdAt";
    public const string CompletedAt = "completedAt";
    public const string Counts = "counts";

    /// <summary>The partition holding the ACTIVE pointer and a mirror of the active version's fact items.</summary>
    public const string ActivePartition = "active";
    public const string PointerSort = "pointer";

    /// <summary>The partition holding one manifest item per version (sort key = version).</summary>
    public const string VersionsPartition = "versions";

    /// <summary>Sort key of the header item of a fact partition (group list, chunk counts, checksums).</summary>
    public const string HeaderSort = "header";

    /// <summary>Largest binary payload per fact item: the 400 KB item limit less keys and attribute names.</summary>
    public const int MaxChunkBytes = 350_000;

    public static string FactsPartition(string version) => "v#" + version;

    /// <summary>Street list of a version (name and segment count per street), read by the verifier and the pruner only.</summary>
    public static string StreetListPartition(string version) => "v#" + version + "#streets";

    /// <summary>One partition per (version, normalized street name): one Query fetches a street in every town and ZIP.</summary>
    public static string StreetPartition(string version, string normalizedStreetName) =>
        "v#" + version + "#st#" + normalizedStreetName;

    /// <summary>
    /// Segments per street item: 200 segments are ~60 KB of JSON, ~6 KB compressed, far under the 400 KB limit even
    /// for feeds with long names; most streets fit in one item, so one Query usually reads one item.
    /// </summary>
    public const int SegmentsPerItem = 200;

    public static string SegmentChunkSort(int chunk) => string.Create(CultureInfo.InvariantCulture, $"seg#{chunk:D4}");

    public static string ChunkSort(string kind, int chunk) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}#{chunk:D4}");

    /// <summary>Versions become key parts, so they are restricted to characters that never collide with <c>#</c>.</summary>
    public static bool IsValidVersion(string? version) => version is not null && VersionPattern().IsMatch(version);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:+-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
