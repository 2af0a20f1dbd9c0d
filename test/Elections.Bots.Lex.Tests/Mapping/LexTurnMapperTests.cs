using System.Text.Json.Nodes;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex.Mapping;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests.Mapping;

public sealed class LexTurnMapperTests
{
    private readonly LexTurnMapper _mapper = new(minimumConfidence: 0.4);

    private DialogTurn Map(string fixture) => _mapper.Map(EventFixtures.Event(fixture)).Turn;

    private DialogTurn Map(JsonObject node) =>
        _mapper.Map(LexJson.ReadEvent(EventFixtures.ToBytes(node))!).Turn;

    [Theory]
    [InlineData("web-fulfillment-polling-place", Channel.Web)]
    [InlineData("sms-twilio-fulfillment-registration-deadline-es", Channel.Sms)]
    [InlineData("connect-voice-fulfillment-early-voting-es", Channel.ConnectVoice)]
    [InlineData("connect-dtmf-fulfillment-choice", Channel.Dtmf)]
    [InlineData("connect-chat-fulfillment-handoff-es", Channel.ConnectChat)]
    public void Map_WhenPlatformAndInputModeGiven_PicksTheChannel(string fixture, Channel expected) =>
        Assert.Equal(expected, Map(fixture).Channel);

    [Fact]
    public void Map_WhenWebUiSetsTheSmsHint_TreatsTheTurnAsSms()
    {
        var node = EventFixtures.Node("web-fulfillment-polling-place");
        node["sessionState"]!["sessionAttributes"] = new JsonObject { [LexChannelDetector.HintAttribute] = "sms" };

        Assert.Equal(Channel.Sms, Map(node).Channel);
    }

    [Theory]
    [InlineData("sms-twilio-fulfillment-registration-deadline-es", Locale.Spanish)]
    [InlineData("web-fulfillment-polling-place", Locale.English)]
    public void Map_WhenBotLocaleGiven_UsesIt(string fixture, Locale expected) => Assert.Equal(expected, Map(fixture).Locale);

    [Fact]
    public void Map_WhenScalarSlotHasNoInterpretedValue_UsesTheVotersOwnWords()
    {
        var turn = Map("connect-voice-dialog-polling-place-retry");

        Assert.Equal("12 Nowhere Lane, Millbrook 99961", turn.Slot(SlotNames.Address));
        Assert.Equal(IntentNames.PollingPlace, turn.Intent);
    }

    [Fact]
    public void Map_WhenAddressIsComposite_JoinsTheFilledSubSlotsInOrder() =>
        Assert.Equal("401 N Main St, Millbrook", Map("connect-chat-fulfillment-composite-slot").Slot(SlotNames.Address));

    [Fact]
    public void Map_WhenSlotIsAList_JoinsItsItems() =>
        Assert.Equal("Spanish", Map("web-fulfillment-list-slot-change-language").Slot(SlotNames.Language));

    [Fact]
    public void Map_WhenSlotIsNull_LeavesItOut() =>
        Assert.Empty(Map("sms-twilio-dialog-polling-place-null-slot").Slots);

    [Fact]
    public void Map_WhenSlotHasAnUnexpectedJsonType_ReadsItAsUnfilled()
    {
        var node = EventFixtures.Node("web-fulfillment-polling-place");
        node["sessionState"]!["intent"]!["slots"] = new JsonObject { ["Address"] = new JsonArray(1, 2), ["Other"] = "text" };

        var turn = Map(node);

        Assert.Equal(IntentNames.PollingPlace, turn.Intent);
        Assert.Empty(turn.Slots);
    }

    [Fact]
    public void Map_WhenLexFallsBack_SendsTheTranscriptAsAFallbackTurn()
    {
        var turn = Map("web-fulfillment-fallback-faq");

        Assert.Equal(IntentNames.Fallback, turn.Intent);
        Assert.Equal("How do I register to vote in Millbrook County?", turn.Text);
    }

    [Fact]
    public void Map_WhenAnotherInterpretationIsConfident_UsesIt()
    {
        var turn = Map("web-fulfillment-low-confidence-alternative");

        Assert.Equal(IntentNames.RegistrationDeadline, turn.Intent);
        Assert.Equal(0.62, turn.IntentConfidence);
    }

    [Fact]
    public void Map_WhenLexsIntentIsBelowTheThresholdAndNothingElseIs_FallsBackToTheTranscript()
    {
        var node = EventFixtures.Node("web-fulfillment-tampered-session");
        node["interpretations"]![0]!["nluConfidence"] = 0.2;

        Assert.Equal(IntentNames.Fallback, Map(node).Intent);
    }

    [Fact]
    public void Map_WhenLowConfidenceIntentHasItsSlotFilled_TrustsIt()
    {
        var node = EventFixtures.Node("web-fulfillment-polling-place");
        node["interpretations"]![0]!["nluConfidence"] = 0.1;

        Assert.Equal(IntentNames.PollingPlace, Map(node).Intent);
    }

    [Fact]
    public void Map_WhenIntentIsUnknown_FallsBackWithTheTranscript()
    {
        var turn = Map("web-dialog-unknown-intent");

        Assert.Equal(IntentNames.Fallback, turn.Intent);
        Assert.Equal("When is the special election?", turn.Text);
    }

    [Fact]
    public void Map_WhenCallerPressesADigitForAnOfferedChoice_SendsTheDigitAsText()
    {
        var turn = Map("connect-dtmf-fulfillment-choice");

        Assert.Null(turn.Intent);
        Assert.Equal("2", turn.Text);
        Assert.Equal(3, turn.Session.Choices.Length);
    }

    [Theory]
    [InlineData("3#", "3")]
    [InlineData(" 1 ", "1")]
    public void Map_WhenKeypadDigitCarriesATerminator_StripsIt(string pressed, string expected)
    {
        var node = EventFixtures.Node("connect-dtmf-fulfillment-choice");
        node["inputTranscript"] = pressed;

        Assert.Equal(expected, Map(node).Text);
    }

    [Fact]
    public void Map_WhenDigitIsBeyondTheOfferedChoices_LeavesItToTheEngineToOfferThemAgain()
    {
        var node = EventFixtures.Node("connect-dtmf-fulfillment-choice");
        node["inputTranscript"] = "7";

        var turn = Map(node);

        Assert.Null(turn.Intent);
        Assert.Equal("7", turn.Text);
    }

    [Theory]
    [InlineData("the second one", "2")]
    [InlineData("la primera", "1")]
    public void Map_WhenChoiceIsSaidInWords_PassesItsNumber(string said, string expected)
    {
        var node = EventFixtures.Node("connect-dtmf-fulfillment-choice");
        node["inputTranscript"] = said;

        var turn = Map(node);

        Assert.Null(turn.Intent);
        Assert.Equal(expected, turn.Text);
    }

    [Fact]
    public void Map_WhenTopInterpretationIsNegative_PassesTheSentimentAndTheSessionCount()
    {
        var turn = Map("connect-voice-fulfillment-negative-sentiment");

        Assert.Equal(Sentiment.Negative, turn.Sentiment);
        Assert.Equal(1, turn.Session.NegativeTurns);
    }

    [Fact]
    public void Map_WhenSessionAttributeIsTampered_StartsAFreshSession() =>
        Assert.Equal(SessionState.New, Map("web-fulfillment-tampered-session").Session);

    [Fact]
    public void Map_WhenTranscriptIs100Kb_CapsItAtWhatLexAccepts()
    {
        var node = EventFixtures.Node("web-fulfillment-fallback-faq");
        node["inputTranscript"] = new string('a', 100 * 1024);

        Assert.Equal(LexTurnMapper.MaxTextLength, Map(node).Text!.Length);
    }

    [Fact]
    public void Map_WhenEventIsEmpty_GivesAnEnglishWebTurnWithoutIntent()
    {
        var turn = _mapper.Map(new LexEvent()).Turn;

        Assert.Equal(Channel.Web, turn.Channel);
        Assert.Equal(Locale.English, turn.Locale);
        Assert.Equal(IntentNames.Fallback, turn.Intent);
        Assert.Null(turn.Text);
    }
}
