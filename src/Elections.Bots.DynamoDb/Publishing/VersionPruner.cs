using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Items;
using Elections.Bots.DynamoDb.Serialization;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>
/// Deletes versions beyond the newest <see cref="PublisherOptions.KeepVersions"/> complete ones, and abandoned
/// interrupted writes. Never the active version. Resumable: a version marked Deleting is finished next time.
/// </summary>
internal sealed class VersionPruner(
    IAmazonDynamoDB client, PublisherOptions options, VersionCatalog catalog, BatchWriter writer, TimeProvider time)
{
    public async Task<ImmutableArray<string>> PruneAsync(string activeVersion, CancellationToken cancellationToken)
    {
        var manifests = await catalog.ListAsync(cancellationToken);
        var keep = manifests.Where(m => m.State == VersionState.Complete).Take(options.KeepVersions)
            .Select(m => m.Version).Append(activeVersion).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var victims = manifests.Where(m => !keep.Contains(m.Version)
            && (m.State != VersionState.Writing || now - m.CreatedAt > options.AbandonedAfter)).ToList();
        var pruned = ImmutableArray.CreateBuilder<string>();
        foreach (var victim in victims)
        {
            if (await DeleteVersionAsync(victim, cancellationToken)) pruned.Add(victim.Version);
        }
        return pruned.ToImmutable();
    }

    private async Task<bool> DeleteVersionAsync(VersionManifest victim, CancellationToken cancellationToken)
    {
        await catalog.PutAsync(victim with { State = VersionState.Deleting }, cancellationToken);
        // A rollback may have flipped to it since the list was read: then it stays.
        var pointer = await client.GetPointerAsync(options.TableName, cancellationToken);
        if (string.Equals(pointer?.Version, victim.Version, StringComparison.Ordinal))
        {
            await catalog.PutAsync(victim, cancellationToken);
            return false;
        }
        var version = victim.Version;
        // Facts first: a reader that still names this version sees it incomplete at once, never half of it.
        await DeletePartitionAsync(TableSchema.FactsPartition(version), cancellationToken);
        var listItems = await client.QueryAllAsync(options.TableName, TableSchema.StreetListPartition(version), cancellationToken, consistent: true);
        var streets = ReadStreets(version, listItems);
        // The street list says how many items each street has, so their keys need no reading.
        await writer.DeleteAsync(streets.SelectMany(s => Enumerable.Range(0, s.ItemCount)
            .Select(i => AttributeValues.Key(TableSchema.StreetPartition(version, s.Street), TableSchema.SegmentChunkSort(i)))),
            cancellationToken);
        // The street list goes last but one: it is how an interrupted prune finds the streets again.
        await writer.DeleteAsync(listItems.Select(Key), cancellationToken);
        await catalog.DeleteAsync(version, cancellationToken);
        return true;
    }

    private async Task DeletePartitionAsync(string partition, CancellationToken cancellationToken) =>
        await writer.DeleteAsync(
            await client.QueryAllAsync(options.TableName, partition, cancellationToken, consistent: true, keysOnly: true),
            cancellationToken);

    private static ImmutableArray<StreetCount> ReadStreets(string version, List<Dictionary<string, AttributeValue>> items)
    {
        try
        {
            return new GroupReader(version, GroupItems.BySort(items)).Read<StreetCount>(FactKinds.Streets);
        }
        catch (InvalidDataException)
        {
            // Written first by a publish, so unreadable only when that publish died before writing any street.
            return [];
        }
    }

    private static Dictionary<string, AttributeValue> Key(Dictionary<string, AttributeValue> item) =>
        AttributeValues.Key(item.GetString(TableSchema.PartitionKey)!, item.GetString(TableSchema.SortKey)!);
}
