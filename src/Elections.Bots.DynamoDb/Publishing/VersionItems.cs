using Amazon.DynamoDBv2.Model;
using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Errors;
using Elections.Bots.DynamoDb.Items;
using Elections.Bots.DynamoDb.Serialization;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>
/// Every item of one dataset version, and how many records of each kind it holds. Public so a benchmark can
/// write exactly the items the publisher writes.
/// </summary>
public sealed class VersionItems
{
    private readonly ImmutableArray<(string Street, StreetSegment[] Segments)> _streets;

    private VersionItems(string version, ImmutableArray<EncodedGroup> facts, ImmutableArray<(string Street, StreetSegment[] Segments)> streets)
    {
        Version = version;
        _streets = streets;
        var streetCounts = streets.Select(s => new StreetCount(s.Street, s.Segments.Length)).ToList();
        var streetList = FactGroupCodec.Encode<StreetCount>(FactKinds.Streets, [.. streetCounts]);
        FactItems = [.. GroupItems.ToItems(TableSchema.FactsPartition(version), version, facts)];
        StreetListItems = [.. GroupItems.ToItems(TableSchema.StreetListPartition(version), version, [streetList])];
        var counts = ImmutableSortedDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
        foreach (var group in facts) counts[group.Header.Kind] = group.Header.Records;
        counts[FactKinds.Streets] = streets.Length;
        counts[FactKinds.StreetSegments] = streetCounts.Sum(s => (long)s.Segments);
        Counts = counts.ToImmutable();
        ItemCount = FactItems.Length + StreetListItems.Length + streetCounts.Sum(s => (long)s.ItemCount);
    }

    public string Version { get; }

    /// <summary>Records per kind (<see cref="FactKinds"/>): what the manifest promises and the verifier checks.</summary>
    public ImmutableSortedDictionary<string, long> Counts { get; }

    public long ItemCount { get; }

    public ImmutableArray<Dictionary<string, AttributeValue>> FactItems { get; }

    public ImmutableArray<Dictionary<string, AttributeValue>> StreetListItems { get; }

    /// <summary>The street items (a few per street), built and compressed as enumerated, so a large county's
    /// segments never sit in memory twice.</summary>
    public IEnumerable<Dictionary<string, AttributeValue>> SegmentItems() =>
        _streets.SelectMany(street => Items.SegmentItems.ToItems(Version, street.Street, street.Segments));

    /// <summary>In write order: the street list first, so a pruner can find every street an interrupted write touched.</summary>
    public IEnumerable<Dictionary<string, AttributeValue>> AllItems() => StreetListItems.Concat(SegmentItems()).Concat(FactItems);

    /// <exception cref="FactTableException">The dataset cannot be stored (bad version, duplicate or nameless segments).</exception>
    public static VersionItems Create(ElectionFacts facts, IEnumerable<StreetSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(segments);
        var version = facts.DatasetVersion;
        if (!TableSchema.IsValidVersion(version))
        {
            throw Invalid($"Dataset version '{version}' cannot be stored: use 1-64 letters, digits, '.', '_', ':', '+' or '-', starting with a letter or digit.");
        }
        // Town-wide segments travel with the facts (every address in those towns needs them).
        var named = segments.Where(s => !s.IncludesAllStreets).ToList();
        if (named.FirstOrDefault(s => string.IsNullOrWhiteSpace(s.StreetName) || s.StreetName == "*") is { } nameless)
        {
            throw Invalid($"Street segment '{nameless.Id}' names no street but is not marked includes_all_streets.");
        }
        var duplicate = named.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Invalid($"Street segment id '{duplicate.Key}' appears more than once.");
        }
        var streets = named.GroupBy(s => s.StreetName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.OrderBy(s => s.Zip, StringComparer.Ordinal).ThenBy(s => s.StartHouseNumber)
                .ThenBy(s => s.Id, StringComparer.Ordinal).ToArray()))
            .ToImmutableArray();
        return new VersionItems(version, Items.FactItems.Encode(facts), streets);
    }

    private static FactTableException Invalid(string message) => new(FactTableProblem.InvalidDataset, message);
}
