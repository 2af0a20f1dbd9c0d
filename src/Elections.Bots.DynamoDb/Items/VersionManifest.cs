using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Items;

/// <summary>
/// One version's manifest item in the versions partition: its state, when it was written, and how many records
/// of each kind it must hold (what the verifier checks and <c>versions</c> lists).
/// </summary>
public sealed record VersionManifest(
    string Version,
    VersionState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    ImmutableSortedDictionary<string, long> Counts)
{
    internal Dictionary<string, AttributeValue> ToItem()
    {
        var item = AttributeValues.Key(TableSchema.VersionsPartition, Version);
        item[TableSchema.Version] = AttributeValues.S(Version);
        item[TableSchema.State] = AttributeValues.S(State.ToString());
        item[TableSchema.CreatedAt] = AttributeValues.S(CreatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        if (CompletedAt is { } done)
        {
            item[TableSchema.CompletedAt] = AttributeValues.S(done.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        }
        item[TableSchema.Counts] = new AttributeValue { M = Counts.ToDictionary(c => c.Key, c => AttributeValues.N(c.Value)) };
        return item;
    }

    /// <summary>Reads a manifest; <see langword="null"/> when the item is not one (hand-edited, or from another tool).</summary>
    internal static VersionManifest? FromItem(Dictionary<string, AttributeValue> item)
    {
        var version = item.GetString(TableSchema.Version);
        if (version is null
            || !Enum.TryParse<VersionState>(item.GetString(TableSchema.State), out var state)
            || !DateTimeOffset.TryParse(item.GetString(TableSchema.CreatedAt), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created))
        {
            return null;
        }
        DateTimeOffset? completed = DateTimeOffset.TryParse(item.GetString(TableSchema.CompletedAt), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var c) ? c : null;
        var counts = ImmutableSortedDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
        if (item.TryGetValue(TableSchema.Counts, out var map) && map.M is { } entries)
        {
            foreach (var (kind, value) in entries)
            {
                if (long.TryParse(value.N, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) counts[kind] = n;
            }
        }
        return new VersionManifest(version, state, created, completed, counts.ToImmutable());
    }
}
