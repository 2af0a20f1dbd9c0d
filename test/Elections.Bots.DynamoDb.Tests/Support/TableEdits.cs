using Amazon.DynamoDBv2.Model;

namespace Elections.Bots.DynamoDb.Tests.Support;

/// <summary>Hand edits an operator (or an accident) could make, to put the table in a bad state on purpose.</summary>
public static class TableEdits
{
    public static Task DeleteAsync(TestTable table, string partition, string sort) =>
        table.Admin.DeleteItemAsync(new DeleteItemRequest { TableName = table.Name, Key = Key(partition, sort) });

    public static Task PointAtAsync(TestTable table, string version) =>
        table.Admin.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = table.Name,
            Key = Key("active", "pointer"),
            UpdateExpression = "SET ver = :v, serial = serial + :one",
            ExpressionAttributeValues = new() { [":v"] = new AttributeValue { S = version }, [":one"] = new AttributeValue { N = "1" } },
        });

    public static async Task<int> CountAsync(TestTable table, string partition) =>
        (await table.Admin.QueryAsync(new QueryRequest
        {
            TableName = table.Name,
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = partition } },
            Select = Amazon.DynamoDBv2.Select.COUNT,
        })).Count ?? 0;

    private static Dictionary<string, AttributeValue> Key(string partition, string sort) => new()
    {
        ["pk"] = new AttributeValue { S = partition },
        ["sk"] = new AttributeValue { S = sort },
    };
}
