using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Serialization;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Items;

/// <summary>Reads the groups of one partition written by <see cref="GroupItems"/>, checking every item belongs.</summary>
/// <remarks>Every failure is an <see cref="InvalidDataException"/> whose message says what is missing or wrong.</remarks>
internal sealed class GroupReader
{
    private readonly string _version;
    private readonly IReadOnlyDictionary<string, Dictionary<string, AttributeValue>> _bySort;
    private readonly long? _serial;
    private readonly Dictionary<string, FactGroupHeader> _groups;

    /// <param name="serial">When given, must be on every item read (the mirror: items left from an older flip are not this version's).</param>
    public GroupReader(string version, IReadOnlyDictionary<string, Dictionary<string, AttributeValue>> bySort, long? serial = null)
    {
        _version = version;
        _bySort = bySort;
        _serial = serial;
        try
        {
            Header = JsonSerializer.Deserialize(Required(TableSchema.HeaderSort).GetString(TableSchema.Data) ?? "null",
                FactsJson.Info<VersionHeader>()) ?? throw new InvalidDataException("the header is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("the header is not readable", e);
        }
        if (Header.Format != VersionHeader.CurrentFormat)
        {
            throw new InvalidDataException($"format {Header.Format} is not readable by this build (reads {VersionHeader.CurrentFormat})");
        }
        if (!string.Equals(Header.Version, version, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"the header names version '{Header.Version}'");
        }
        _groups = Header.Groups.ToDictionary(g => g.Kind, StringComparer.Ordinal);
    }

    public VersionHeader Header { get; }

    public ImmutableArray<T> Read<T>(string kind)
    {
        if (!_groups.TryGetValue(kind, out var group)) throw new InvalidDataException($"group '{kind}' is missing from the header");
        var chunks = new byte[group.Chunks][];
        for (var i = 0; i < group.Chunks; i++)
        {
            chunks[i] = Required(TableSchema.ChunkSort(kind, i)).GetBytes(TableSchema.Data)
                ?? throw new InvalidDataException($"chunk {i} of '{kind}' has no data");
        }
        try
        {
            return FactGroupCodec.Decode<T>(group, chunks);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"group '{kind}' is not readable", e);
        }
    }

    private Dictionary<string, AttributeValue> Required(string sort)
    {
        if (!_bySort.TryGetValue(sort, out var item)) throw new InvalidDataException($"item '{sort}' is missing");
        if (!string.Equals(item.GetString(TableSchema.Version), _version, StringComparison.Ordinal)
            || (_serial is not null && item.GetNumber(TableSchema.Serial) != _serial))
        {
            throw new InvalidDataException($"item '{sort}' belongs to another version or flip");
        }
        return item;
    }
}
