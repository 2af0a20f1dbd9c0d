using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Serialization;

/// <summary>
/// A fact group (all precincts, all locations…) as JSON, Brotli-compressed and cut into chunks that each fit
/// in one item. Compressing the whole group, not each record, is what keeps a county's facts in one Query page.
/// </summary>
internal static class FactGroupCodec
{
    public static EncodedGroup Encode<T>(string kind, ImmutableArray<T> records)
    {
        // Facts are written once and read by every cold container: worth Brotli's slowest, smallest setting.
        var bytes = Compress(records, CompressionLevel.SmallestSize);
        var chunks = bytes.Chunk(TableSchema.MaxChunkBytes).ToImmutableArray();
        if (chunks.IsEmpty) chunks = [[]];
        var header = new FactGroupHeader(kind, chunks.Length, records.IsDefault ? 0 : records.Length, Hash(bytes));
        return new EncodedGroup(header, chunks);
    }

    /// <exception cref="InvalidDataException">The chunks do not add up to what the header promises.</exception>
    public static ImmutableArray<T> Decode<T>(FactGroupHeader header, IReadOnlyList<byte[]> chunks)
    {
        var joined = chunks.Count == 1 ? chunks[0] : chunks.SelectMany(c => c).ToArray();
        if (!string.Equals(Hash(joined), header.Sha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"group '{header.Kind}' does not match its checksum");
        }
        var records = Decompress<T>(joined);
        if (records.Length != header.Records)
        {
            throw new InvalidDataException($"group '{header.Kind}' holds {records.Length} records, header says {header.Records}");
        }
        return records;
    }

    public static byte[] Compress<T>(ImmutableArray<T> records, CompressionLevel level)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(records, FactsJson.ArrayInfo<T>());
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, level, leaveOpen: true))
        {
            brotli.Write(json);
        }
        return compressed.ToArray();
    }

    /// <exception cref="JsonException">The bytes are not a JSON array of <typeparamref name="T"/>.</exception>
    public static ImmutableArray<T> Decompress<T>(byte[] bytes)
    {
        using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
        return JsonSerializer.Deserialize(brotli, FactsJson.ArrayInfo<T>());
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
