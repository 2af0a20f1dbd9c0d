using System.Collections.Frozen;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Dialog;

/// <summary>Whatever arrives, the voter gets a polite reply and a way forward; nothing is thrown, nothing internal leaks.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \t  ")]
    public async Task HandleAsync_WhenTextIsEmpty_SaysItDidNotCatchThatAndOffersOptions(string text)
    {
        var bot = new MillbrookBot("2027-02-15T10:00");

        var reply = await bot.SayAsync(text);

        Assert.Equal(ReplyOutcome.Fallback, reply.Outcome);
        Assert.Contains("didn't catch that", reply.Text, StringComparison.Ordinal);
        Assert.Contains("555-0142", reply.Text, StringComparison.Ordinal);
        Assert.NotEmpty(reply.Suggestions);
    }

    [Fact]
    public async Task HandleAsync_WhenTextIsTenThousandCharacters_AnswersWithoutEchoingIt()
    {
        var bot = new MillbrookBot("2027-02-15T10:00");
        var text = string.Concat(Enumerable.Repeat("vote where please ", 600))[..10_000];

        var reply = await bot.SayAsync(text);

        Assert.True(reply.Text.Length < 2_000);
        Assert.DoesNotContain(text[..200], reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("🗳️🗳️🗳️")]
    [InlineData("asdfghjkl qwerty")]
    [InlineData("¿Dónde is my polling place por favor?")]
    public async Task HandleAsync_WhenTextIsNotAQuestionWeKnow_NeverThrowsAndGivesAWayForward(string text)
    {
        var bot = new MillbrookBot("2027-02-15T10:00");

        var reply = await bot.SayAsync(text);

        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.NotEqual(ReplyOutcome.Error, reply.Outcome);
    }

    [Fact]
    public async Task HandleAsync_WhenIntentNameUnknown_TreatsTheTurnAsText()
    {
        var bot = new MillbrookBot("2027-02-15T10:00");

        var reply = await bot.TurnAsync(new DialogTurn(Channel.Web, Locale.English, "OrderPizza", DialogTurn.NoSlots, null, SessionState.New));

        Assert.Equal(IntentNames.Fallback, reply.Intent);
        Assert.Equal(ReplyOutcome.Fallback, reply.Outcome);
    }

    [Fact]
    public async Task PollingPlace_WhenAddressSlotMissing_AsksForTheAddress()
    {
        var bot = new MillbrookBot("2027-02-15T10:00");

        var reply = await bot.IntentAsync(IntentNames.PollingPlace);

        Assert.Equal(ReplyOutcome.Elicited, reply.Outcome);
        Assert.Equal(SlotNames.Address, reply.ElicitSlot);
        Assert.Equal(IntentNames.PollingPlace, reply.Session.PendingIntent);
        Assert.Contains("What is the address where you live?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollingPlace_WhenAddressUnusableTwice_ReasksWithExampleThenGivesThePhone()
    {
        var bot = new MillbrookBot("2027-02-15T10:00");
        await bot.IntentAsync(IntentNames.PollingPlace);

        var retry = await bot.SayAsync("somewhere 12");
        var giveUp = await bot.SayAsync("nowhere 99");

        Assert.Equal(ReplyOutcome.Elicited, retry.Outcome);
        Assert.Contains("for example: ", retry.Text, StringComparison.Ordinal);
        Assert.Equal(ReplyOutcome.Fallback, giveUp.Outcome);
        Assert.Contains("555-0142", giveUp.Text, StringComparison.Ordinal);
        Assert.Contains("https://elections.millbrookcounty.example.org/where-do-i-vote", giveUp.Text, StringComparison.Ordinal);
        Assert.Null(giveUp.Session.PendingIntent);
    }

    [Fact]
    public async Task HandleAsync_WhenNoDatasetPublished_GivesTheConfiguredPhone()
    {
        var bot = new MillbrookBot("2027-02-15T10:00", store: new UnavailableFactStore(throws: false));

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Equal(ReplyOutcome.Error, reply.Outcome);
        Assert.Contains("555-0100", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Speech, p => p.Kind == SpeechKind.Telephone && p.Value == "5550100");
    }

    [Fact]
    public async Task HandleAsync_WhenStoreUnreachable_GivesTheConfiguredPhoneInTheVotersLanguage()
    {
        var bot = new MillbrookBot("2027-02-15T10:00", store: new UnavailableFactStore(throws: true)) { Locale = Locale.Spanish };

        var reply = await bot.IntentAsync(IntentNames.NextElection);

        Assert.Equal(ReplyOutcome.Error, reply.Outcome);
        Assert.Contains("llame a la oficina electoral al 555-0100", reply.Text, StringComparison.Ordinal);
        Assert.Equal("no-data", reply.Trace.Detail);
    }

    [Fact]
    public async Task HandleAsync_WhenHandlerThrows_RepliesPolitelyWithoutInternalDetail()
    {
        var handlers = IntentHandlers.Default.ToDictionary();
        handlers[IntentNames.NextElection] = new ThrowingHandler(IntentNames.NextElection);
        var bot = new MillbrookBot("2027-02-15T10:00");
        var engine = new DialogEngine(bot.Dataset.CreateStore(), new EngineOptions(MillbrookBot.Zone, "555-0100"), bot.Clock,
            handlers: handlers.ToFrozenDictionary());

        var reply = await engine.HandleAsync(new DialogTurn(Channel.Web, Locale.English, IntentNames.NextElection, DialogTurn.NoSlots, null, SessionState.New), CancellationToken.None);

        Assert.Equal(ReplyOutcome.Error, reply.Outcome);
        Assert.Contains("555-0142", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("line 42", reply.SpokenText, StringComparison.Ordinal);
        Assert.Equal("error:InvalidOperationException", reply.Trace.Detail);
    }

    [Fact]
    public async Task HandleAsync_WhenSessionFromAnotherVersionOrTampered_StartsFresh()
    {
        var session = SessionStateCodec.Decode("{\"v\":99,\"A\":\"12 Oak St\"}");
        var tampered = SessionStateCodec.Decode("{\"V\":1,\"P\":\"DropTables\",\"N\":99999,\"C\":[\"intent:Nope\"]}");
        var garbage = SessionStateCodec.Decode("not json at all");

        Assert.Same(SessionState.New, session);
        Assert.Null(tampered.PendingIntent);
        Assert.Equal(10, tampered.AddressAttempts);
        Assert.Same(SessionState.New, garbage);

        var bot = new MillbrookBot("2027-02-15T10:00") { Session = tampered };
        var reply = await bot.SayAsync("1");
        Assert.NotEqual(ReplyOutcome.Error, reply.Outcome);
    }
}
