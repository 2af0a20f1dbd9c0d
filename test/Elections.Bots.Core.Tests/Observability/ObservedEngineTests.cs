using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Metrics;
using Elections.Bots.Core.Observability;
using Elections.Bots.Core.Unanswered;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Observability;

public sealed class ObservedEngineTests : IDisposable
{
    private readonly MillbrookBot _bot = new("2027-02-20T10:00");
    private readonly TurnLines _lines = new();
    private readonly InMemoryUnansweredQuestions _questions = new();
    private StoreCounters _counters;

    public void Dispose() => _lines.Dispose();

    private ObservedEngine Observe(Func<DialogTurn, CancellationToken, ValueTask<DialogReply>>? engine = null, string? requestId = "req-1") =>
        new(engine ?? _bot.Engine.HandleAsync, new TurnTelemetry(_lines.Writer, _bot.Clock, new TurnTelemetryOptions
        {
            Questions = _questions,
            StoreCounters = () => _counters,
            RequestId = () => requestId,
            TimeZone = MillbrookBot.Zone,
        }));

    private static DialogTurn Text(string text, Channel channel = Channel.Sms, Locale locale = Locale.English) =>
        DialogTurn.FromText(text, channel, locale);

    [Fact]
    public async Task HandleAsync_ForAnAnsweredTurn_WritesOneLineAndKeepsNoQuestion()
    {
        var reply = await Observe().HandleAsync(
            new DialogTurn(Channel.Web, Locale.English, IntentNames.PollingPlace, new Dictionary<string, string> { [SlotNames.Address] = "1150 N Main St, Millbrook, NL 99961" }, null, SessionState.New),
            CancellationToken.None);

        var line = _lines.Single();
        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Equal("answered", line["Outcome"]!.GetValue<string>());
        Assert.Equal(IntentNames.PollingPlace, line["Intent"]!.GetValue<string>());
        Assert.Equal("web", line["Channel"]!.GetValue<string>());
        Assert.Equal("req-1", line["RequestId"]!.GetValue<string>());
        Assert.Equal(reply.Trace.DatasetVersion, line["DatasetVersion"]!.GetValue<string>());
        Assert.Empty(_questions.Questions);
        EmfAssert.Valid(line);
    }

    [Fact]
    public async Task HandleAsync_WhenTheFaqHasNoAnswer_KeepsTheRedactedQuestionWithChannelLocaleAndDay()
    {
        var reply = await Observe().HandleAsync(Text("I live at 12 Hawthorne Street, can my emotional support llama come in?"), CancellationToken.None);

        Assert.Equal(UnansweredRule.FaqNoMatch, reply.Trace.Detail);
        var question = Assert.Single(_questions.Questions);
        Assert.Equal("I live at [address], can my emotional support llama come in?", question.Text);
        Assert.Equal(Channel.Sms, question.Channel);
        Assert.Equal(Locale.English, question.Locale);
        Assert.Equal(new DateOnly(2027, 2, 20), question.Day);
        Assert.Equal(UnansweredReason.NoMatch, question.Reason);
        Assert.Equal("fallback", _lines.Single()["Outcome"]!.GetValue<string>());
        Assert.Equal(1, _lines.Single()[MetricNames.Fallbacks]!.GetValue<int>());
    }

    [Fact]
    public async Task HandleAsync_WhenTheFaqOffersChoices_KeepsTheQuestionAsACloseCall()
    {
        var reply = await Observe().HandleAsync(Text("register", Channel.Web), CancellationToken.None);

        Assert.Equal(UnansweredRule.FaqCloseCall, reply.Trace.Detail);
        Assert.Equal(UnansweredReason.CloseCall, Assert.Single(_questions.Questions).Reason);
        var line = _lines.Single();
        Assert.Equal("elicited", line["Outcome"]!.GetValue<string>());
        Assert.Equal(reply.Trace.FaqId, line["FaqId"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_WhenTheAddressIsNotFound_KeepsNoQuestion()
    {
        var reply = await Observe().HandleAsync(
            new DialogTurn(Channel.Web, Locale.English, IntentNames.PollingPlace, new Dictionary<string, string> { [SlotNames.Address] = "99999 Nowhere Blvd" }, null, SessionState.New),
            CancellationToken.None);

        Assert.NotEqual(ReplyOutcome.Answered, reply.Outcome);
        Assert.Empty(_questions.Questions);
    }

    [Fact]
    public async Task HandleAsync_LateInTheEvening_DatesTheQuestionOnTheOfficesDay()
    {
        _bot.Clock.SetUtcNow(MillbrookBot.At("2027-02-20T23:30"));

        await Observe().HandleAsync(Text("can my emotional support llama come in?"), CancellationToken.None);

        Assert.Equal(new DateOnly(2027, 2, 20), Assert.Single(_questions.Questions).Day);
    }

    [Fact]
    public async Task HandleAsync_MeasuresTheEnginesTimeAndTheStoresWork()
    {
        var observed = Observe(async (turn, cancellationToken) =>
        {
            _bot.Clock.Advance(TimeSpan.FromMilliseconds(250));
            _counters = _counters with { Calls = _counters.Calls + 1, StoreErrors = _counters.StoreErrors + 1, StaleServes = _counters.StaleServes + 1 };
            return await _bot.Engine.HandleAsync(turn, cancellationToken);
        });
        _counters = new StoreCounters(Calls: 10, CacheHits: 40, StoreErrors: 3, StaleServes: 2);

        await observed.HandleAsync(Text("when is the election"), CancellationToken.None);

        var line = _lines.Single();
        Assert.Equal(250, line[MetricNames.LatencyMs]!.GetValue<double>());
        Assert.Equal("miss", line["Cache"]!.GetValue<string>());
        Assert.Equal(1, line[MetricNames.StoreErrors]!.GetValue<int>());
        Assert.Equal(1, line[MetricNames.StaleServes]!.GetValue<int>());
    }

    [Fact]
    public async Task HandleAsync_WhenTheCacheAnswers_SaysHit()
    {
        var observed = Observe((turn, cancellationToken) =>
        {
            _counters = _counters with { CacheHits = _counters.CacheHits + 1 };
            return _bot.Engine.HandleAsync(turn, cancellationToken);
        });

        await observed.HandleAsync(Text("when is the election"), CancellationToken.None);

        Assert.Equal("hit", _lines.Single()["Cache"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_WhenTheEngineThrows_LogsAnErrorAndRethrows()
    {
        var observed = Observe((_, _) => throw new InvalidOperationException("secret detail at 12 Oak St"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => observed.HandleAsync(Text("hello"), CancellationToken.None).AsTask());

        var line = _lines.Single();
        Assert.Equal("error", line["Outcome"]!.GetValue<string>());
        Assert.Equal("error:InvalidOperationException", line["Detail"]!.GetValue<string>());
        Assert.Equal(1, line[MetricNames.Errors]!.GetValue<int>());
        Assert.DoesNotContain("Oak", _lines.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WhenTheSinkThrows_StillAnswersTheVoter()
    {
        var telemetry = new TurnTelemetry(_lines.Writer, _bot.Clock, new TurnTelemetryOptions { Questions = new ThrowingSink() });
        var observed = new ObservedEngine(_bot.Engine, telemetry);

        var reply = await observed.HandleAsync(Text("can my emotional support llama come in?"), CancellationToken.None);

        Assert.Equal(ReplyOutcome.Fallback, reply.Outcome);
        Assert.Equal(1, telemetry.Failures);
        Assert.Single(_lines.Lines);
    }

    [Fact]
    public void Refused_WritesARefusedLineWithTheRequestId()
    {
        var telemetry = new TurnTelemetry(_lines.Writer, _bot.Clock, new TurnTelemetryOptions { RequestId = () => "req-9" });

        telemetry.Refused();

        var line = _lines.Single();
        Assert.Equal("refused", line["Outcome"]!.GetValue<string>());
        Assert.Equal("req-9", line["RequestId"]!.GetValue<string>());
    }

    private sealed class ThrowingSink : Ports.IUnansweredQuestionSink
    {
        public void Record(UnansweredQuestion question) => throw new InvalidOperationException("broken sink");

        public ValueTask FlushAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
