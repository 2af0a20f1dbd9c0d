using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex.Rendering;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests;

/// <summary>Every fixture event through the function, the real engine and the Millbrook sample.</summary>
public sealed class FixtureTests
{
    private readonly LexHarness _harness = new();

    public static TheoryData<string> Fixtures => [.. EventFixtures.Names];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task InvokeAsync_WhenFixtureEvent_ReturnsResponseThatPassesEveryRule(string fixture)
    {
        var result = await _harness.InvokeFixtureAsync(fixture);

        Assert.Equal(LexInvocationStatus.Answered, result.Status);
        LexResponseValidator.AssertValid(result.Body, LexHarness.ChannelOf(fixture));
    }

    [Fact]
    public async Task InvokeAsync_WhenDialogHookHasEverythingTheAnswerNeeds_DelegatesToFulfillmentWithSessionUntouched()
    {
        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("web-dialog-polling-place")).Body);

        Assert.Equal(LexDialogActionTypes.Delegate, response.SessionState.DialogAction?.Type);
        Assert.Equal("PollingPlace", response.SessionState.Intent?.Name);
        Assert.Equal(LexIntentStates.ReadyForFulfillment, response.SessionState.Intent?.State);
        Assert.NotNull(response.SessionState.Intent?.Slots?["Address"]);
        Assert.Null(response.Messages);
        Assert.Null(LexResponses.Attribute(response, SessionStateCodec.AttributeName));
    }

    [Fact]
    public async Task InvokeAsync_WhenFulfillingPollingPlace_ClosesWithTheVotersPollingPlaceAndFollowUpButtons()
    {
        // The fixture's voter lives at 200 Court St, Millbrook 99961: the expected place comes from the feed.
        var dataset = _harness.Bot.Dataset;
        var segment = dataset.Segments.Single(s => s.StreetName.Equals("Court", StringComparison.OrdinalIgnoreCase)
            && s.Zip == "99961" && s.StartHouseNumber <= 200 && s.EndHouseNumber >= 200);
        var expected = dataset.Facts.Locations[dataset.Facts.Precincts[segment.PrecinctId].PollingLocationIds[0]].Name;

        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("web-fulfillment-polling-place")).Body);

        Assert.Equal(LexDialogActionTypes.Close, response.SessionState.DialogAction?.Type);
        Assert.Equal(LexIntentStates.Fulfilled, response.SessionState.Intent?.State);
        Assert.Contains(expected, LexResponses.AllContent(response), StringComparison.Ordinal);
        var card = Assert.Single(response.Messages!, m => m.ContentType == LexContentTypes.ImageResponseCard).ImageResponseCard!;
        Assert.InRange(card.Buttons!.Count, 1, 5);
    }

    [Fact]
    public async Task InvokeAsync_WhenLexFallsBack_AnswersFromTheFaq()
    {
        var result = await _harness.InvokeFixtureAsync("web-fulfillment-fallback-faq");
        var response = LexResponses.Parse(result.Body);

        Assert.Equal("register-how", result.Reply?.Trace.FaqId);
        Assert.Equal(LexDialogActionTypes.Close, response.SessionState.DialogAction?.Type);
        Assert.Equal("AskQuestion", response.SessionState.Intent?.Name);
    }

    [Fact]
    public async Task InvokeAsync_WhenLexNamesAnUnknownIntent_ReadsTheTranscriptItself()
    {
        // "When is the special election?" under an intent this bot does not have: the engine's own reading of the
        // words decides; the structured answer and the FAQ entry election-when both give the date.
        var result = await _harness.InvokeFixtureAsync("web-dialog-unknown-intent");
        var response = LexResponses.Parse(result.Body);

        Assert.True(result.Reply?.Intent == "NextElection" || result.Reply?.Trace.FaqId == "election-when",
            $"answered {result.Reply?.Intent} / {result.Reply?.Trace.FaqId}");
        Assert.Contains("March 9", LexResponses.AllContent(response), StringComparison.Ordinal);
        Assert.Contains(response.SessionState.DialogAction?.Type, new[] { LexDialogActionTypes.Close, LexDialogActionTypes.Delegate });
    }

    [Fact]
    public async Task InvokeAsync_WhenLexsTopIntentIsFallbackButAnotherReadingIsConfident_AnswersThatIntent()
    {
        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("web-fulfillment-low-confidence-alternative")).Body);

        Assert.Equal("RegistrationDeadline", response.SessionState.Intent?.Name);
        Assert.Equal(LexIntentStates.Fulfilled, response.SessionState.Intent?.State);
    }

    [Fact]
    public async Task InvokeAsync_WhenLanguageComesInAListSlot_SwitchesTheConversationToSpanish()
    {
        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("web-fulfillment-list-slot-change-language")).Body);

        var session = SessionStateCodec.Decode(LexResponses.Attribute(response, SessionStateCodec.AttributeName));
        Assert.Equal(Core.Locale.Spanish, session.PreferredLocale);
    }

    [Fact]
    public async Task InvokeAsync_WhenOurSessionAttributeIsTampered_AnswersAndKeepsTheOtherAttributes()
    {
        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("web-fulfillment-tampered-session")).Body);

        Assert.Equal(LexIntentStates.Fulfilled, response.SessionState.Intent?.State);
        Assert.Equal("spring-mailer", LexResponses.Attribute(response, "campaign"));
        Assert.StartsWith("{\"V\":1", LexResponses.Attribute(response, SessionStateCodec.AttributeName), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenSmsHasNoAddress_ElicitsTheAddressSlotInPlainText()
    {
        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("sms-twilio-dialog-polling-place-null-slot")).Body);

        Assert.Equal(LexDialogActionTypes.ElicitSlot, response.SessionState.DialogAction?.Type);
        Assert.Equal("Address", response.SessionState.DialogAction?.SlotToElicit);
        Assert.Equal("PollingPlace", response.SessionState.Intent?.Name);
        Assert.Equal(LexContentTypes.PlainText, Assert.Single(response.Messages!).ContentType);
    }

    [Fact]
    public async Task InvokeAsync_WhenConnectCallerGivesAnUnusableAddress_ReasksInSsmlAndKeepsTheFlowsAttributes()
    {
        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("connect-voice-dialog-polling-place-retry")).Body);

        Assert.Equal(LexDialogActionTypes.ElicitSlot, response.SessionState.DialogAction?.Type);
        Assert.Null(response.SessionState.Intent?.Slots?["Address"]);
        Assert.Equal("+15555550123", LexResponses.Attribute(response, "CustomerNumber"));
        Assert.Equal(1, SessionStateCodec.Decode(LexResponses.Attribute(response, SessionStateCodec.AttributeName)).AddressAttempts);
        Assert.All(response.Messages!, m => Assert.Equal(LexContentTypes.Ssml, m.ContentType));
    }

    [Fact]
    public async Task InvokeAsync_WhenSpanishCallerAsksAboutEarlyVoting_SpeaksSpanishWithDatesAsSayAs()
    {
        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("connect-voice-fulfillment-early-voting-es")).Body);

        var speech = LexResponses.AllContent(response);
        Assert.Contains("<say-as interpret-as=\"date\"", speech, StringComparison.Ordinal);
        Assert.Contains("oprima 1", speech, StringComparison.Ordinal);
        Assert.Null(LexResponses.Attribute(response, ConnectAttributes.HandOff));
    }

    [Fact]
    public async Task InvokeAsync_WhenSecondNegativeTurnInARowOnConnect_FlagsTheCallForTransfer()
    {
        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("connect-voice-fulfillment-negative-sentiment")).Body);

        Assert.Equal("HandOff", response.SessionState.Intent?.Name);
        Assert.Equal(ConnectAttributes.True, LexResponses.Attribute(response, ConnectAttributes.HandOff));
        Assert.Equal(ConnectAttributes.ReasonNegativeSentiment, LexResponses.Attribute(response, ConnectAttributes.HandOffReason));
        Assert.Null(LexResponses.Attribute(response, ConnectAttributes.ConversationEnded));
    }

    [Fact]
    public async Task InvokeAsync_WhenChatVoterAsksForAPerson_FlagsTheChatForTransferAndKeepsTheContactId()
    {
        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("connect-chat-fulfillment-handoff-es")).Body);

        Assert.Equal(ConnectAttributes.ReasonRequested, LexResponses.Attribute(response, ConnectAttributes.HandOffReason));
        Assert.Equal("0f9a1c2e-aaaa-bbbb-cccc-000000000000", LexResponses.Attribute(response, "ContactId"));
    }

    [Fact]
    public async Task InvokeAsync_WhenCallerPressesTheNumberOfAnOfferedChoice_AnswersThatChoice()
    {
        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("connect-dtmf-fulfillment-choice")).Body);

        Assert.Equal("MailBallot", response.SessionState.Intent?.Name);
        Assert.Equal(LexIntentStates.Fulfilled, response.SessionState.Intent?.State);
    }

    [Fact]
    public async Task InvokeAsync_WhenCallerSaysGoodbye_MarksTheConversationEndedWithoutTransfer()
    {
        var response = LexResponses.Parse((await _harness.InvokeFixtureAsync("connect-voice-fulfillment-stop")).Body);

        Assert.Equal(ConnectAttributes.True, LexResponses.Attribute(response, ConnectAttributes.ConversationEnded));
        Assert.Null(LexResponses.Attribute(response, ConnectAttributes.HandOff));
    }
}
