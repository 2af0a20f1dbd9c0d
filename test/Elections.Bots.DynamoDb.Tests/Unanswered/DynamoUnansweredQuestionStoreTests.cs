using Amazon.DynamoDBv2.Model;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Unanswered;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.DynamoDb.Tests.Support;
using Elections.Bots.DynamoDb.Unanswered;
using Microsoft.Extensions.Time.Testing;

namespace Elections.Bots.DynamoDb.Tests.Unanswered;

[Collection(DynaliteGroup.Name)]
[Trait("Category", "Integration")]
public sealed class DynamoUnansweredQuestionStoreTests(DynaliteFixture dynalite)
{
    private static readonly DateOnly Day = new(2027, 3, 1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 1, 17, 0, 0, TimeSpan.Zero));

    private static UnansweredQuestion Question(string text, DateOnly? day = null, Channel channel = Channel.Sms,
        Locale locale = Locale.English, UnansweredReason reason = UnansweredReason.NoMatch) =>
        new(text, channel, locale, day ?? Day, reason);

    [Fact]
    public async Task ReadAsync_AfterSaveAsync_ReturnsEachQuestionAsSaved()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl);
        var store = new DynamoUnansweredQuestionStore(table.Voter, table.Name, _time);
        UnansweredQuestion[] saved =
        [
            Question("can I bring my dog to vote?"),
            Question("¿puedo llevar a mi perro a votar?", channel: Channel.ConnectVoice, locale: Locale.Spanish, reason: UnansweredReason.CloseCall),
            Question("is there parking at [address]?", channel: Channel.Alexa),
        ];

        await store.SaveAsync(saved, CancellationToken.None);
        var read = await store.ReadAsync(Day, Day, CancellationToken.None);

        Assert.Equal(saved.OrderBy(q => q.Text), read.OrderBy(q => q.Text));
    }

    [Fact]
    public async Task SaveAsync_WritesTheQuestionWithA30DayTtlAndNothingElse()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl);
        var store = new DynamoUnansweredQuestionStore(table.Voter, table.Name, _time);

        await store.SaveAsync([Question("can I bring my dog to vote?")], CancellationToken.None);

        var item = Assert.Single(await ItemsAsync(table, UnansweredTableSchema.DayPartition(Day)));
        Assert.Equal(
            new[] { "channel", "expiresAt", "locale", "pk", "reason", "sk", "text" },
            item.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((_time.GetUtcNow() + TimeSpan.FromDays(30)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            item[UnansweredTableSchema.ExpiresAt].N);
        Assert.Equal("q#2027-03-01", item[UnansweredTableSchema.PartitionKey].S);
        Assert.Matches("^[0-9a-f]{32}$", item[UnansweredTableSchema.SortKey].S);
        Assert.Equal("sms", item[UnansweredTableSchema.Channel].S);
    }

    [Fact]
    public async Task ReadAsync_ReadsOnlyTheDaysAskedAndSkipsExpiredQuestions()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl);
        var store = new DynamoUnansweredQuestionStore(table.Voter, table.Name, _time);
        await store.SaveAsync([Question("old question", Day.AddDays(-10))], CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(25));
        await store.SaveAsync([Question("early question", Day.AddDays(-2)), Question("today's question"), Question("later question", Day.AddDays(3))], CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(6));

        var read = await store.ReadAsync(Day.AddDays(-10), Day, CancellationToken.None);

        // The first is 31 days old: TTL may not have removed it yet, but the report never shows it.
        Assert.Equal(["early question", "today's question"], read.Select(q => q.Text).Order());
    }

    [Fact]
    public async Task FlushAsync_ThroughTheQueuedSink_StoresEveryRecordedQuestion()
    {
        using var table = await TestTable.CreateAsync(dynalite.Server.ServiceUrl);
        var store = new DynamoUnansweredQuestionStore(table.Voter, table.Name, _time);
        var sink = new QueuedQuestionSink(store, TimeProvider.System);

        for (var i = 0; i < 60; i++) sink.Record(Question($"question number {i}"));
        await sink.FlushAsync(CancellationToken.None);

        Assert.Equal(60, sink.Saved);
        Assert.Equal(60, (await store.ReadAsync(Day, Day, CancellationToken.None)).Count);
    }

    private static async Task<List<Dictionary<string, AttributeValue>>> ItemsAsync(TestTable table, string partition) =>
        (await table.Admin.QueryAsync(new QueryRequest
        {
            TableName = table.Name,
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = partition } },
        })).Items;
}
