using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Serialization;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Items;

/// <summary>
/// A partition of compressed groups: one header item listing the groups, then each group's chunks in order.
/// Holds a version's facts (in its own partition and in the active mirror) and its street list.
/// </summary>
internal static class GroupItems
{
    public static IEnumerable<Dictionary<string, AttributeValue>> ToItems(
        string partition, string version, ImmutableArray<EncodedGroup> groups, long? serial = null)
    {
        var header = new VersionHeader(VersionHeader.CurrentFormat, version, [.. groups.Select(g => g.Header)]);
        yield return Item(partition, TableSchema.HeaderSort, version, serial,
            AttributeValues.S(JsonSerializer.Serialize(header, FactsJson.Info<VersionHeader>())));
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Chunks.Length; i++)
            {
                yield return Item(partition, TableSchema.ChunkSort(group.Header.Kind, i), version, serial,
                    AttributeValues.B(group.Chunks[i]));
            }
        }
    }

    public static Dictionary<string, Dictionary<string, AttributeValue>> BySort(IEnumerable<Dictionary<string, AttributeValue>> items) =>
        items.ToDictionary(i => i.GetString(TableSchema.SortKey) ?? string.Empty, StringComparer.Ordinal);

    private static Dictionary<string, AttributeValue> Item(
        string partition, string sort, string version, long? serial, AttributeValue data)
    {
        var item = AttributeValues.Key(partition, sort);
        item[TableSchema.Version] = AttributeValues.S(version);
        item[TableSchema.Data] = data;
        if (serial is { } s) item[TableSchema.Serial] = AttributeValues.N(s);
        return item;
    }
}
