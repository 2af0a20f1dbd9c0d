using System.Text.Json.Nodes;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Metrics;
using Elections.Bots.Core.Observability;

namespace Elections.Bots.Core.Tests.Observability;

public sealed class TurnLogFormatTests
{
    private static TurnRecord Record(Channel? channel = Channel.Web, string intent = IntentNames.PollingPlace,
        TurnOutcome outcome = TurnOutcome.Answered, Locale locale = Locale.English, string? detail = null, StoreCounters store = default) =>
        new("0b5f3c1e-7d2a-4c55-9f0e-1a2b3c4d5e6f", channel, locale, intent, outcome, "early-where", 0.8123, "2027-02-01.1", detail, 12.34567, store,
            1_788_000_000_000);

    public static TheoryData<Channel, TurnOutcome, Locale> EveryTurn()
    {
        var data = new TheoryData<Channel, TurnOutcome, Locale>();
        foreach (var channel in Enum.GetValues<Channel>())
        foreach (var outcome in Enum.GetValues<TurnOutcome>().Where(o => o != TurnOutcome.Refused))
        foreach (var locale in Enum.GetValues<Locale>())
        {
            data.Add(channel, outcome, locale);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTurn))]
    public void Write_ForEveryChannelOutcomeAndLocale_IsValidEmbeddedMetricFormat(Channel channel, TurnOutcome outcome, Locale locale)
    {
        using var lines = new TurnLines();

        lines.Writer.Write(Record(channel, outcome: outcome, locale: locale));

        var line = lines.Single();
        EmfAssert.Valid(line);
        Assert.Equal(TurnLogValues.ChannelName(channel), line["Channel"]!.GetValue<string>());
        Assert.Equal(locale.ToTag(), line["Locale"]!.GetValue<string>());
        Assert.Equal(TurnLogValues.OutcomeName(outcome), line["Outcome"]!.GetValue<string>());
        Assert.Equal(outcome == TurnOutcome.Answered ? 1 : 0, line[MetricNames.Answers]!.GetValue<int>());
        Assert.Equal(outcome == TurnOutcome.Fallback ? 1 : 0, line[MetricNames.Fallbacks]!.GetValue<int>());
        Assert.Equal(outcome == TurnOutcome.HandedOff ? 1 : 0, line[MetricNames.HandOffs]!.GetValue<int>());
        Assert.Equal(outcome == TurnOutcome.Error ? 1 : 0, line[MetricNames.Errors]!.GetValue<int>());
    }

    [Fact]
    public void Write_ForATurn_CarriesTheIdsScoresAndStoreCounts()
    {
        using var lines = new TurnLines();

        lines.Writer.Write(Record(store: new StoreCounters(Calls: 1, CacheHits: 0, StoreErrors: 1, StaleServes: 1)));

        var line = lines.Single();
        Assert.Equal("turn", line["Event"]!.GetValue<string>());
        Assert.Equal("0b5f3c1e-7d2a-4c55-9f0e-1a2b3c4d5e6f", line["RequestId"]!.GetValue<string>());
        Assert.Equal(IntentNames.PollingPlace, line["Intent"]!.GetValue<string>());
        Assert.Equal("early-where", line["FaqId"]!.GetValue<string>());
        Assert.Equal(0.812, line["FaqScore"]!.GetValue<double>());
        Assert.Equal("2027-02-01.1", line["DatasetVersion"]!.GetValue<string>());
        Assert.Equal("miss", line["Cache"]!.GetValue<string>());
        Assert.Equal(12.346, line[MetricNames.LatencyMs]!.GetValue<double>());
        Assert.Equal(1, line[MetricNames.StoreErrors]!.GetValue<int>());
        Assert.Equal(1, line[MetricNames.StaleServes]!.GetValue<int>());
        Assert.Equal(1_788_000_000_000, line["_aws"]!["Timestamp"]!.GetValue<long>());
    }

    [Fact]
    public void CloudWatchMetrics_PublishesTheDashboardsMetricsUnderItsOneDimensionSet()
    {
        var directive = Assert.Single(JsonNode.Parse(EmfDirectives.CloudWatchMetrics.ToArray())!.AsArray())!;

        Assert.Equal(MetricNames.All, directive["Metrics"]!.AsArray().Select(m => m!["Name"]!.GetValue<string>()));
        var set = Assert.Single(directive["Dimensions"]!.AsArray())!.AsArray().Select(d => d!.GetValue<string>());
        Assert.Equal(MetricNames.Dimensions, set);
        Assert.Equal("Milliseconds", directive["Metrics"]!.AsArray().Single(m => m!["Name"]!.GetValue<string>() == MetricNames.LatencyMs)!["Unit"]!.GetValue<string>());
    }

    [Fact]
    public void Write_ForAnyTurn_KeepsEveryDimensionToAClosedSetOfValues()
    {
        var channels = new HashSet<string>();
        var intents = new HashSet<string>();
        var locales = new HashSet<string>();
        string[] oddIntents = ["AMAZON.FallbackIntent", "I live at 12 Oak Street", "", "ElectionHours"];
        foreach (var channel in Enum.GetValues<Channel>())
        foreach (var locale in Enum.GetValues<Locale>())
        foreach (var intent in IntentNames.All.Concat(oddIntents))
        {
            using var lines = new TurnLines();
            lines.Writer.Write(Record(channel, TurnLogValues.KnownIntent(intent), locale: locale));
            var line = lines.Single();
            channels.Add(line[MetricNames.Channel]!.GetValue<string>());
            intents.Add(line[MetricNames.Intent]!.GetValue<string>());
            locales.Add(line[MetricNames.Locale]!.GetValue<string>());
        }

        Assert.Equal(Enum.GetValues<Channel>().Length, channels.Count);
        Assert.Equal(IntentNames.All.Length + 1, intents.Count);
        Assert.Equal(2, locales.Count);
    }

    [Theory]
    [InlineData("ElectionHours", "ElectionHours")]
    [InlineData("AMAZON.FallbackIntent", "Other")]
    [InlineData("I live at 12 Oak Street", "Other")]
    [InlineData("", "Other")]
    public void Write_ForAnyIntentName_KeepsTheIntentDimensionToTheBotsIntents(string intent, string expected)
    {
        using var lines = new TurnLines();

        lines.Writer.Write(Record(intent: intent));

        Assert.Equal(expected, lines.Single()["Intent"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("my address is 12 Oak Street")]
    [InlineData("ana@example.com")]
    [InlineData("a-very-long-identifier-that-is-far-longer-than-any-id-the-dataset-could-ever-hold-x")]
    public void Write_WhenAnIdFieldHoldsText_WritesInvalidInstead(string text)
    {
        using var lines = new TurnLines();

        lines.Writer.Write(Record(detail: text) with { FaqId = text, DatasetVersion = text, RequestId = text });

        Assert.DoesNotContain(text, lines.Text, StringComparison.Ordinal);
        var line = lines.Single();
        Assert.All(new[] { "Detail", "FaqId", "DatasetVersion", "RequestId" }, field => Assert.Equal(TurnLogValues.NotAnId, line[field]!.GetValue<string>()));
    }

    [Fact]
    public void Write_ForARefusedRequest_LogsItWithoutMetrics()
    {
        using var lines = new TurnLines();

        lines.Writer.Write(Record(channel: null, outcome: TurnOutcome.Refused));

        var line = lines.Single();
        Assert.Equal("refused", line["Outcome"]!.GetValue<string>());
        Assert.Null(line["_aws"]);
        Assert.Null(line[MetricNames.Errors]);
        Assert.Null(line["Channel"]);
    }

    [Fact]
    public void Write_WhenTheOutputIsClosed_LosesTheLineWithoutThrowing()
    {
        var closed = new MemoryStream();
        closed.Dispose();
        using var writer = new TurnLogWriter(closed);

        writer.Write(Record());

        Assert.Equal(1, writer.LostLines);
    }
}
