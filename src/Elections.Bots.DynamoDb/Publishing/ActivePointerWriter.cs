using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Errors;
using Elections.Bots.DynamoDb.Items;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>
/// Flips ACTIVE to a complete version with one conditional write, then refreshes the mirror of the active
/// facts that lets a cold container read pointer and facts in one Query.
/// </summary>
internal sealed class ActivePointerWriter(IAmazonDynamoDB client, PublisherOptions options, TimeProvider time)
{
    /// <summary>Flips when ACTIVE is still at <paramref name="expectedSerial"/> (null: no pointer yet). Returns the new serial.</summary>
    /// <exception cref="PublishConflictException">Another flip happened since <paramref name="expectedSerial"/> was read.</exception>
    public async Task<long> FlipAsync(string version, ActivePointer? expected, CancellationToken cancellationToken)
    {
        var serial = (expected?.Serial ?? 0) + 1;
        var names = new Dictionary<string, string>
        {
            ["#ver"] = TableSchema.Version, ["#serial"] = TableSchema.Serial, ["#at"] = TableSchema.FlippedAt,
            ["#notices"] = TableSchema.Notices, ["#prev"] = TableSchema.Previous,
        };
        var values = new Dictionary<string, AttributeValue>
        {
            [":ver"] = AttributeValues.S(version),
            [":serial"] = AttributeValues.N(serial),
            [":at"] = AttributeValues.S(time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
            [":none"] = new() { M = [] },
        };
        // Notices belong to whatever is live: a flip keeps them (and creates the map on the first flip).
        var update = "SET #ver = :ver, #serial = :serial, #at = :at, #notices = if_not_exists(#notices, :none)";
        string condition;
        if (expected is null)
        {
            update += " REMOVE #prev";
            condition = "attribute_not_exists(#pk)";
            names["#pk"] = TableSchema.PartitionKey;
        }
        else
        {
            update += ", #prev = :prev";
            condition = "#serial = :expected";
            values[":prev"] = AttributeValues.S(expected.Version);
            values[":expected"] = AttributeValues.N(expected.Serial);
        }
        var request = new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = ActivePointer.Key(),
            UpdateExpression = update,
            ConditionExpression = condition,
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = values,
        };
        try
        {
            await client.UpdateItemAsync(request, cancellationToken);
            return serial;
        }
        catch (ConditionalCheckFailedException e)
        {
            var now = await client.GetPointerAsync(options.TableName, cancellationToken);
            throw new PublishConflictException(
                $"ACTIVE changed while this ran: it was '{expected?.Version ?? "(nothing)"}' and is now '{now?.Version}' "
                + $"(flip {now?.Serial}). Version '{version}' is written and complete but not active: run the publish "
                + "again to go on top, or roll back to it.", e);
        }
    }

    /// <summary>
    /// Copies the version's fact items into the active partition under <paramref name="serial"/>. Each put is
    /// conditional on not overwriting a newer flip's copy, so two flips in a row converge on the later one;
    /// readers check serials, so a half-written mirror only costs them one more call.
    /// </summary>
    public async Task WriteMirrorAsync(long serial, List<Dictionary<string, AttributeValue>> factItems, CancellationToken cancellationToken)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(factItems,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxRequestsInFlight, CancellationToken = cancellationToken },
            async (item, ct) =>
            {
                var copy = new Dictionary<string, AttributeValue>(item, StringComparer.Ordinal)
                {
                    [TableSchema.PartitionKey] = AttributeValues.S(TableSchema.ActivePartition),
                    [TableSchema.Serial] = AttributeValues.N(serial),
                };
                lock (written) written.Add(copy.GetString(TableSchema.SortKey)!);
                await ConditionalAsync(client.PutItemAsync(new PutItemRequest
                {
                    TableName = options.TableName,
                    Item = copy,
                    ConditionExpression = "attribute_not_exists(#serial) OR #serial < :serial",
                    ExpressionAttributeNames = new() { ["#serial"] = TableSchema.Serial },
                    ExpressionAttributeValues = new() { [":serial"] = AttributeValues.N(serial) },
                }, ct));
            });
        // Chunks the previous version had and this one has not: dead weight in every cold read.
        var leftovers = (await client.QueryAllAsync(options.TableName, TableSchema.ActivePartition, cancellationToken, keysOnly: true))
            .Where(k => k.GetString(TableSchema.SortKey) is { } sort && sort != TableSchema.PointerSort && !written.Contains(sort));
        foreach (var key in leftovers)
        {
            await ConditionalAsync(client.DeleteItemAsync(new DeleteItemRequest
            {
                TableName = options.TableName,
                Key = key,
                ConditionExpression = "#serial < :serial",
                ExpressionAttributeNames = new() { ["#serial"] = TableSchema.Serial },
                ExpressionAttributeValues = new() { [":serial"] = AttributeValues.N(serial) },
            }, cancellationToken));
        }
    }

    private static async Task ConditionalAsync(Task write)
    {
        try
        {
            await write;
        }
        catch (ConditionalCheckFailedException)
        {
            // A newer flip owns this item.
        }
    }
}
