using System.IO.Compression;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Serialization;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Items;

/// <summary>
/// A street's segments packed into a few items of its partition: Brotli-compressed JSON arrays of up to
/// <see cref="TableSchema.SegmentsPerItem"/> segments, sorted by ZIP and start number. A street is always read
/// whole, so one item per segment would only multiply write requests and round every segment up to 1 KB of WCU.
/// </summary>
internal static class SegmentItems
{
    public static IEnumerable<Dictionary<string, AttributeValue>> ToItems(string version, string street, IReadOnlyList<StreetSegment> segments)
    {
        var chunks = segments.Chunk(TableSchema.SegmentsPerItem).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            var item = AttributeValues.Key(TableSchema.StreetPartition(version, street), TableSchema.SegmentChunkSort(i));
            item[TableSchema.Version] = AttributeValues.S(version);
            item[TableSchema.Data] = AttributeValues.B(FactGroupCodec.Compress<StreetSegment>([.. chunks[i]], CompressionLevel.Optimal));
            item[TableSchema.Records] = AttributeValues.N(chunks[i].Length);
            item[TableSchema.ChunkCount] = AttributeValues.N(chunks.Count);
            yield return item;
        }
    }

    public static int ChunksFor(int segments) => (segments + TableSchema.SegmentsPerItem - 1) / TableSchema.SegmentsPerItem;

    /// <summary>A street partition's items back as segments; no items is a street the version does not have.</summary>
    /// <exception cref="InvalidDataException">Items are missing, from another version, or unreadable.</exception>
    public static ImmutableArray<StreetSegment> Read(string version, IReadOnlyList<Dictionary<string, AttributeValue>> items)
    {
        if (items.Count == 0) return [];
        var expected = items[0].GetNumber(TableSchema.ChunkCount);
        var ordered = items.OrderBy(i => i.GetString(TableSchema.SortKey), StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (expected != ordered.Count || ordered[i].GetString(TableSchema.SortKey) != TableSchema.SegmentChunkSort(i)
                || !string.Equals(ordered[i].GetString(TableSchema.Version), version, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"a street partition holds {ordered.Count} of {expected} items");
            }
        }
        var segments = ImmutableArray.CreateBuilder<StreetSegment>();
        foreach (var item in ordered)
        {
            try
            {
                var chunk = FactGroupCodec.Decompress<StreetSegment>(item.GetBytes(TableSchema.Data) ?? []);
                if (chunk.Length != item.GetNumber(TableSchema.Records)) throw new InvalidDataException("a street item lost segments");
                segments.AddRange(chunk);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException("a street item is not readable", e);
            }
        }
        return segments.ToImmutable();
    }
}
