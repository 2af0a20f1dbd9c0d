using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Items;

namespace Elections.Bots.DynamoDb.Table;

/// <summary>The reads every part of this project makes: a whole partition or its keys, and the ACTIVE pointer.</summary>
internal static class TableQueries
{
    /// <summary>Every item of a partition, following pages (a page stops at 1 MB).</summary>
    public static async Task<List<Dictionary<string, AttributeValue>>> QueryAllAsync(
        this IAmazonDynamoDB client, string table, string partition, CancellationToken cancellationToken,
        bool consistent = false, bool keysOnly = false)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var response = await client.QueryAsync(Request(table, partition, consistent, keysOnly, start), cancellationToken);
            if (response.Items is { } page) items.AddRange(page);
            start = response.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);
        return items;
    }

    public static async Task<ActivePointer?> GetPointerAsync(
        this IAmazonDynamoDB client, string table, CancellationToken cancellationToken, bool consistent = true)
    {
        var response = await client.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = ActivePointer.Key(),
            ConsistentRead = consistent,
        }, cancellationToken);
        return ActivePointer.FromItem(response.Item);
    }

    private static QueryRequest Request(
        string table, string partition, bool consistent, bool keysOnly, Dictionary<string, AttributeValue>? start)
    {
        var request = new QueryRequest
        {
            TableName = table,
            KeyConditionExpression = "#pk = :pk",
            ExpressionAttributeNames = new() { ["#pk"] = TableSchema.PartitionKey },
            ExpressionAttributeValues = new() { [":pk"] = AttributeValues.S(partition) },
            ConsistentRead = consistent,
            ExclusiveStartKey = start,
        };
        if (keysOnly)
        {
            request.ProjectionExpression = "#pk, #sk";
            request.ExpressionAttributeNames["#sk"] = TableSchema.SortKey;
        }
        return request;
    }
}
