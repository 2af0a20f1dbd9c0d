using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace Elections.Bots.DynamoDb.Items;

/// <summary>Short constructors and readers for attribute values; the SDK's own are verbose and nullable everywhere.</summary>
internal static class AttributeValues
{
    public static AttributeValue S(string value) => new() { S = value };

    public static AttributeValue N(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue B(byte[] value) => new() { B = new MemoryStream(value, writable: false) };

    public static Dictionary<string, AttributeValue> Key(string partition, string sort) => new(2)
    {
        [Table.TableSchema.PartitionKey] = S(partition),
        [Table.TableSchema.SortKey] = S(sort),
    };

    public static string? GetString(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) ? value.S : null;

    public static long? GetNumber(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && long.TryParse(value.N, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n : null;

    public static byte[]? GetBytes(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.B is { } stream ? stream.ToArray() : null;
}
