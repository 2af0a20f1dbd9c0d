using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.DynamoDb.Errors;

namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>
/// Writes or deletes many items with BatchWriteItem: 25 per request, several requests in flight, and the
/// items DynamoDB hands back unprocessed (or a throttled request) retried after a jittered backoff.
/// </summary>
internal sealed class BatchWriter(IAmazonDynamoDB client, PublisherOptions options, TimeProvider time)
{
    /// <summary>DynamoDB's limit per BatchWriteItem request.</summary>
    public const int MaxBatchSize = 25;

    private long _requests;
    private long _retries;

    public long Requests => Interlocked.Read(ref _requests);
    public long Retries => Interlocked.Read(ref _retries);

    public Task PutAsync(IEnumerable<Dictionary<string, AttributeValue>> items, CancellationToken cancellationToken) =>
        WriteAsync(items.Select(i => new WriteRequest { PutRequest = new PutRequest { Item = i } }), cancellationToken);

    public Task DeleteAsync(IEnumerable<Dictionary<string, AttributeValue>> keys, CancellationToken cancellationToken) =>
        WriteAsync(keys.Select(k => new WriteRequest { DeleteRequest = new DeleteRequest { Key = k } }), cancellationToken);

    private Task WriteAsync(IEnumerable<WriteRequest> requests, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            requests.Chunk(MaxBatchSize),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxRequestsInFlight, CancellationToken = cancellationToken },
            async (batch, ct) => await WriteBatchAsync([.. batch], ct));

    private async Task WriteBatchAsync(List<WriteRequest> pending, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Interlocked.Increment(ref _requests);
                var response = await client.BatchWriteItemAsync(new BatchWriteItemRequest
                {
                    RequestItems = new() { [options.TableName] = pending },
                }, cancellationToken);
                pending = response.UnprocessedItems?.GetValueOrDefault(options.TableName) ?? [];
                if (pending.Count == 0) return;
            }
            catch (AmazonDynamoDBException e) when (IsRetryable(e))
            {
                // The SDK already retried this request; the batch is retried whole after our own, longer backoff.
            }
            if (attempt >= options.MaxWriteAttempts)
            {
                throw new FactTableException(FactTableProblem.WriteFailed,
                    $"DynamoDB left {pending.Count} items unwritten after {attempt} attempts (throttling or service errors). "
                    + "Nothing was made active; run the publish again when the table has capacity.");
            }
            Interlocked.Increment(ref _retries);
            await Task.Delay(Publishing.Backoff.Delay(options, attempt), time, cancellationToken);
        }
    }

    public static bool IsRetryable(AmazonDynamoDBException e) =>
        e is ProvisionedThroughputExceededException or RequestLimitExceededException or InternalServerErrorException
        || e.ErrorCode is "ThrottlingException" || e.StatusCode >= HttpStatusCode.InternalServerError;
}
