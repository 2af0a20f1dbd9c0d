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
    private readonly ImmutableArray<IGrouping<string, StreetSegment>> _streets;

    private VersionItems(string version, ImmutableArray<EncodedGroup> facts, ImmutableArray<IGrouping<string, StreetSegment>> streets)
    {
        Version = version;
        _streets = streets;
        var streetList = FactGroupCodec.Encode<StreetCount>(FactKinds.Streets, [.. streets.Select(s => new StreetCount(s.Key, s.Count()))]);
        FactItems = [.. GroupItems.ToItems(TableSchema.FactsPartition(version), version, facts)];
        StreetListItems = [.. GroupItems.ToItems(TableSchema.StreetListPartition(version), version, [streetList])];
        var counts = ImmutableSortedDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
        foreach (var group in facts) counts[group.Header.Kind] = group.Header.Records;
        counts[FactKinds.Streets] = streets.Length;
        counts[FactKinds.StreetSegments] = streets.Sum(s => (long)s.Count());
        Counts = counts.ToImmutable();
        ItemCount = FactItems.Length + StreetListItems.Length + Counts[FactKinds.StreetSegments];
    }

    public string Version { get; }

    /// <summary>Records per kind (<see cref="FactKinds"/>): what the manifest promises and the verifier checks.</summary>
    public ImmutableSortedDictionary<string, long> Counts { get; }

    public long ItemCount { get; }

    public ImmutableArray<Dictionary<string, AttributeValue>> FactItems { get; }

    public ImmutableArray<Dictionary<string, AttributeValue>> StreetListItems { get; }

    /// <summary>One item per segment that names a street, built as enumerated (100,000 segments need not sit in memory as items).</summary>
    public IEnumerable<Dictionary<string, AttributeValue>> SegmentItems() =>
        _streets.SelectMany(street => street.Select(segment => Items.SegmentItems.ToItem(Version, segment)));

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
        var duplicate = named.GroupBy(s => (s.StreetName, TableSchema.SegmentSort(s))).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Invalid($"Street segment id '{duplicate.First().Id}' appears more than once on the same street and ZIP.");
        }
        var streets = named.GroupBy(s => s.StreetName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToImmutableArray();
        return new VersionItems(version, Items.FactItems.Encode(facts), streets);
    }

    private static FactTableException Invalid(string message) => new(FactTableProblem.InvalidDataset, message);
}
