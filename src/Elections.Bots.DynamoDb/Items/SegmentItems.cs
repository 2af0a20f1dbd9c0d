using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Serialization;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Items;

/// <summary>One street segment per item, in its street's partition; the payload is the segment's JSON (~300 bytes).</summary>
internal static class SegmentItems
{
    public static Dictionary<string, AttributeValue> ToItem(string version, StreetSegment segment)
    {
        var item = AttributeValues.Key(TableSchema.StreetPartition(version, segment.StreetName), TableSchema.SegmentSort(segment));
        item[TableSchema.Version] = AttributeValues.S(version);
        item[TableSchema.Data] = AttributeValues.S(JsonSerializer.Serialize(segment, FactsJson.Info<StreetSegment>()));
        return item;
    }

    /// <exception cref="InvalidDataException">The item is not a stored segment.</exception>
    public static StreetSegment FromItem(Dictionary<string, AttributeValue> item)
    {
        var json = item.GetString(TableSchema.Data) ?? throw new InvalidDataException("a segment item has no data");
        try
        {
            return JsonSerializer.Deserialize(json, FactsJson.Info<StreetSegment>())
                ?? throw new InvalidDataException("a segment item is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("a segment item is not readable", e);
        }
    }
}
