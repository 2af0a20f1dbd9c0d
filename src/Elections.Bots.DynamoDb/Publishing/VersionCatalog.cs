using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Items;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>Reads and writes the manifest items of the versions partition.</summary>
internal sealed class VersionCatalog(IAmazonDynamoDB client, PublisherOptions options)
{
    public async Task<ImmutableArray<VersionManifest>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await client.QueryAllAsync(options.TableName, TableSchema.VersionsPartition, cancellationToken, consistent: true))
            .Select(VersionManifest.FromItem).OfType<VersionManifest>()
            .OrderByDescending(m => m.CreatedAt)];

    public async Task<VersionManifest?> GetAsync(string version, CancellationToken cancellationToken)
    {
        var response = await client.GetItemAsync(new GetItemRequest
        {
            TableName = options.TableName,
            Key = AttributeValues.Key(TableSchema.VersionsPartition, version),
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item is { Count: > 0 } item ? VersionManifest.FromItem(item) : null;
    }

    /// <summary>Writes the manifest unless the version is being deleted; false when it is.</summary>
    public async Task<bool> TryStartAsync(VersionManifest manifest, CancellationToken cancellationToken)
    {
        try
        {
            await client.PutItemAsync(new PutItemRequest
            {
                TableName = options.TableName,
                Item = manifest.ToItem(),
                ConditionExpression = "attribute_not_exists(#pk) OR #state <> :deleting",
                ExpressionAttributeNames = new() { ["#pk"] = TableSchema.PartitionKey, ["#state"] = TableSchema.State },
                ExpressionAttributeValues = new() { [":deleting"] = AttributeValues.S(nameof(VersionState.Deleting)) },
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    public Task PutAsync(VersionManifest manifest, CancellationToken cancellationToken) =>
        client.PutItemAsync(new PutItemRequest { TableName = options.TableName, Item = manifest.ToItem() }, cancellationToken);

    public Task DeleteAsync(string version, CancellationToken cancellationToken) =>
        client.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = options.TableName,
            Key = AttributeValues.Key(TableSchema.VersionsPartition, version),
        }, cancellationToken);
}
