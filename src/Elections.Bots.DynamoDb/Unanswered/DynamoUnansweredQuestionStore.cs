using Amazon.DynamoDBv2;
using Elections.Bots.Core.Ports;
using Elections.Bots.Core.Unanswered;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Unanswered;

/// <summary>
/// Unanswered questions in their own DynamoDB table: BatchWriteItem from the voter functions (behind
/// <see cref="QueuedQuestionSink"/>, never on the voter's path), one Query per day for the report.
/// </summary>
public sealed class DynamoUnansweredQuestionStore(IAmazonDynamoDB client, string tableName, TimeProvider time) : IUnansweredQuestionStore
{
    // A few quick attempts: a question is worth a retry of throttling, not a wait that outlives the container's thaw.
    private readonly BatchWriter _writer = new(client, new PublisherOptions
    {
        TableName = tableName,
        MaxRequestsInFlight = 2,
        MaxWriteAttempts = 3,
        BackoffBase = TimeSpan.FromMilliseconds(20),
        BackoffCap = TimeSpan.FromMilliseconds(200),
    }, time);

    public string TableName { get; } = tableName;

    public Task SaveAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var now = time.GetUtcNow();
        return _writer.PutAsync(questions.Select(q => UnansweredItems.ToItem(q, now)), cancellationToken);
    }

    public async Task<IReadOnlyList<UnansweredQuestion>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var questions = new List<UnansweredQuestion>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var items = await client.QueryAllAsync(TableName, UnansweredTableSchema.DayPartition(day), cancellationToken);
            questions.AddRange(items.Select(item => UnansweredItems.FromItem(item, day, now)).OfType<UnansweredQuestion>());
        }
        return questions;
    }
}
