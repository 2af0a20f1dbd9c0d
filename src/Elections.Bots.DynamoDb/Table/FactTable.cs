using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Errors;

namespace Elections.Bots.DynamoDb.Table;

/// <summary>Creates the facts table, or checks that an existing one has the key schema this code needs.</summary>
public sealed class FactTable(IAmazonDynamoDB client, string tableName, TimeProvider time)
{
    private static readonly TimeSpan CreationTimeout = TimeSpan.FromMinutes(2);

    public string TableName { get; } = tableName;

    /// <summary>Creates the table (on-demand capacity) when missing and waits until it is usable.</summary>
    /// <exception cref="FactTableException">The table exists with another key schema, or never became active.</exception>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (await DescribeAsync(cancellationToken) is { } existing)
        {
            CheckKeySchema(existing);
            if (existing.TableStatus == TableStatus.ACTIVE) return;
        }
        else
        {
            try
            {
                await client.CreateTableAsync(new CreateTableRequest
                {
                    TableName = TableName,
                    BillingMode = BillingMode.PAY_PER_REQUEST,
                    AttributeDefinitions =
                    [
                        new AttributeDefinition(TableSchema.PartitionKey, ScalarAttributeType.S),
                        new AttributeDefinition(TableSchema.SortKey, ScalarAttributeType.S),
                    ],
                    KeySchema =
                    [
                        new KeySchemaElement(TableSchema.PartitionKey, KeyType.HASH),
                        new KeySchemaElement(TableSchema.SortKey, KeyType.RANGE),
                    ],
                }, cancellationToken);
            }
            catch (ResourceInUseException)
            {
                // Someone else created it a moment ago: wait for it like for our own.
            }
        }
        await WaitUntilActiveAsync(cancellationToken);
    }

    /// <summary>Checks that the table exists with the right keys; the publisher calls this before writing anything.</summary>
    /// <exception cref="FactTableException">Missing table or wrong key schema.</exception>
    public async Task VerifyAsync(CancellationToken cancellationToken)
    {
        var table = await DescribeAsync(cancellationToken) ?? throw new FactTableException(FactTableProblem.TableMissing,
            $"DynamoDB table '{TableName}' does not exist. Create it with the template, or with `EnsureAsync` for tests.");
        CheckKeySchema(table);
    }

    private async Task<TableDescription?> DescribeAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await client.DescribeTableAsync(new DescribeTableRequest { TableName = TableName }, cancellationToken)).Table;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }

    private void CheckKeySchema(TableDescription table)
    {
        string TypeOf(string name) =>
            table.AttributeDefinitions?.FirstOrDefault(a => a.AttributeName == name)?.AttributeType?.Value ?? "?";
        var actual = (table.KeySchema ?? []).Select(k => $"{k.AttributeName} ({TypeOf(k.AttributeName)}, {k.KeyType})").ToList();
        var expected = new[] { $"{TableSchema.PartitionKey} (S, HASH)", $"{TableSchema.SortKey} (S, RANGE)" };
        if (!actual.SequenceEqual(expected, StringComparer.Ordinal))
        {
            throw new FactTableException(FactTableProblem.WrongKeySchema,
                $"DynamoDB table '{TableName}' has key schema [{string.Join(", ", actual)}]; the facts table needs "
                + $"[{string.Join(", ", expected)}]. Point the tools at the facts table, or create a new one.");
        }
    }

    private async Task WaitUntilActiveAsync(CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + CreationTimeout;
        while (true)
        {
            var table = await DescribeAsync(cancellationToken);
            if (table?.TableStatus == TableStatus.ACTIVE) return;
            if (time.GetUtcNow() > deadline)
            {
                throw new FactTableException(FactTableProblem.TableMissing,
                    $"DynamoDB table '{TableName}' did not become active within {CreationTimeout.TotalMinutes} minutes.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken);
        }
    }
}
