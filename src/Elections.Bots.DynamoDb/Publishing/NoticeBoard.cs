using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Errors;
using Elections.Bots.DynamoDb.Items;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>
/// Sets and clears emergency notices without a publish. Notices live on the ACTIVE pointer, so each change is
/// one conditional UpdateItem, survives later publishes and rollbacks, and reaches every container within
/// its cache TTL. A notice with the id of a dataset notice replaces it.
/// </summary>
public sealed class NoticeBoard(IAmazonDynamoDB client, string tableName)
{
    public async Task<ImmutableArray<EmergencyNotice>> ListAsync(CancellationToken cancellationToken) =>
        (await client.GetPointerAsync(tableName, cancellationToken))?.Notices ?? [];

    /// <exception cref="FactTableException">Nothing published yet, or the notice has no id or English text.</exception>
    public async Task SetAsync(EmergencyNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (string.IsNullOrWhiteSpace(notice.Id) || string.IsNullOrWhiteSpace(notice.TextEnglish))
        {
            throw new FactTableException(FactTableProblem.InvalidDataset, "A notice needs an id and an English text.");
        }
        await UpdateAsync("SET #notices.#id = :notice", "attribute_exists(#notices)", notice.Id,
            new() { [":notice"] = AttributeValues.S(ActivePointer.NoticeJson(notice)) },
            FactTableProblem.NothingPublished, "Publish a dataset before setting notices.",
            cancellationToken);
    }

    /// <exception cref="FactTableException">No notice with that id is set on the pointer.</exception>
    public Task ClearAsync(string id, CancellationToken cancellationToken) =>
        UpdateAsync("REMOVE #notices.#id", "attribute_exists(#notices.#id)", id, null,
            FactTableProblem.NoticeMissing,
            $"No notice '{id}' is set. Notices that came with the dataset go away with a publish without them.",
            cancellationToken);

    private async Task UpdateAsync(string update, string condition, string id, Dictionary<string, AttributeValue>? values,
        FactTableProblem problem, string message, CancellationToken cancellationToken)
    {
        try
        {
            await client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName,
                Key = ActivePointer.Key(),
                UpdateExpression = update,
                ConditionExpression = condition,
                ExpressionAttributeNames = new() { ["#notices"] = TableSchema.Notices, ["#id"] = id },
                ExpressionAttributeValues = values,
            }, cancellationToken);
        }
        catch (ConditionalCheckFailedException e)
        {
            // The only condition that can fail is the one named by the caller's message.
            throw new FactTableException(problem, message, e);
        }
    }
}
