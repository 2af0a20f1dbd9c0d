using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Errors;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>
/// Reads many known keys with strongly consistent BatchGetItem: 100 per request, several in flight, unprocessed
/// keys retried after a jittered backoff. Missing items are simply absent from the result.
/// </summary>
internal sealed class BatchReader(IAmazonDynamoDB client, PublisherOptions options, TimeProvider time)
{
    /// <summary>DynamoDB's limit per BatchGetItem request.</summary>
    public const int MaxBatchSize = 100;

    public async Task<List<Dictionary<string, AttributeValue>>> GetAsync(
        IEnumerable<Dictionary<string, AttributeValue>> keys, string projection, CancellationToken cancellationToken)
    {
        var found = new ConcurrentBag<Dictionary<string, AttributeValue>>();
        await Parallel.ForEachAsync(keys.Chunk(MaxBatchSize),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxRequestsInFlight, CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                var pending = new KeysAndAttributes
                {
                    Keys = [.. batch],
                    ConsistentRead = true,
                    ProjectionExpression = projection,
                    ExpressionAttributeNames = new() { ["#pk"] = TableSchema.PartitionKey, ["#sk"] = TableSchema.SortKey },
                };
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        var response = await client.BatchGetItemAsync(
                            new BatchGetItemRequest { RequestItems = new() { [options.TableName] = pending } }, ct);
                        foreach (var item in response.Responses?.GetValueOrDefault(options.TableName) ?? []) found.Add(item);
                        if (response.UnprocessedKeys?.GetValueOrDefault(options.TableName) is not { Keys.Count: > 0 } rest) break;
                        pending = rest;
                    }
                    catch (AmazonDynamoDBException e) when (BatchWriter.IsRetryable(e))
                    {
                        // Retried below, whole, like an unprocessed batch.
                    }
                    if (attempt >= options.MaxWriteAttempts)
                    {
                        throw new FactTableException(FactTableProblem.WriteFailed,
                            $"DynamoDB kept throttling the check of what was written ({attempt} attempts); nothing was made active.");
                    }
                    await Task.Delay(Backoff.Delay(options, attempt), time, ct);
                }
            });
        return [.. found];
    }
}
