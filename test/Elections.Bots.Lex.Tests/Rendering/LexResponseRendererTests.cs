using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Lex.Mapping;
using Elections.Bots.Lex.Rendering;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Tests.Rendering;

public sealed class LexResponseRendererTests
{
    private static LexTurn Turn(string fixture) => new LexTurnMapper(0.4).Map(EventFixtures.Event(fixture));

    [Fact]
    public void Render_WhenDialogHookAnswerMeetsAnElicitingLex_ClosesWithTheAnswerNow()
    {
        // Lex proposes to ask for the address; the engine already answered (from the session): no need to ask.
        var turn = Turn("sms-twilio-dialog-polling-place-null-slot");

        var response = LexResponseRenderer.Render(turn, Replies.Answer(IntentNames.PollingPlace, "You vote at the library."));

        Assert.Equal(LexDialogActionTypes.Close, response.SessionState.DialogAction?.Type);
        Assert.Equal(LexIntentStates.Fulfilled, response.SessionState.Intent?.State);
    }

    [Fact]
    public void Render_WhenEngineAsksSomethingWithoutASlot_ElicitsAnIntent()
    {
        var reply = Replies.Answer(IntentNames.AskQuestion, "Which of these?") with { Outcome = ReplyOutcome.Elicited };

        var response = LexResponseRenderer.Render(Turn("web-fulfillment-fallback-faq"), reply);

        Assert.Equal(LexDialogActionTypes.ElicitIntent, response.SessionState.DialogAction?.Type);
        Assert.Null(response.SessionState.Intent);
        Assert.NotEmpty(response.Messages!);
    }

    [Theory]
    [InlineData(ReplyOutcome.Fallback, LexIntentStates.Failed)]
    [InlineData(ReplyOutcome.Error, LexIntentStates.Failed)]
    [InlineData(ReplyOutcome.Answered, LexIntentStates.Fulfilled)]
    public void Render_WhenFulfilling_ClosesWithTheStateTheOutcomeMeans(ReplyOutcome outcome, string state)
    {
        var reply = Replies.Answer(IntentNames.AskQuestion, "Text.") with { Outcome = outcome };

        var response = LexResponseRenderer.Render(Turn("web-fulfillment-fallback-faq"), reply);

        Assert.Equal(LexDialogActionTypes.Close, response.SessionState.DialogAction?.Type);
        Assert.Equal(state, response.SessionState.Intent?.State);
    }

    [Fact]
    public void Render_WhenEngineFallsBack_ClosesLexsOwnFallbackIntent()
    {
        var reply = Replies.Answer(IntentNames.Fallback, "Sorry.") with { Outcome = ReplyOutcome.Fallback };

        var response = LexResponseRenderer.Render(Turn("web-fulfillment-fallback-faq"), reply);

        Assert.Equal(LexBuiltInIntents.Fallback, response.SessionState.Intent?.Name);
    }

    [Fact]
    public void Render_WhenHandOffIsNotOnConnect_SetsNoTransferAttributes()
    {
        var reply = Replies.Answer(IntentNames.HandOff, "Call 555-0142.") with { HandOff = true, Outcome = ReplyOutcome.HandedOff };

        var response = LexResponseRenderer.Render(Turn("web-fulfillment-polling-place"), reply);

        Assert.Null(LexResponses.Attribute(response, ConnectAttributes.HandOff));
    }

    [Fact]
    public void Render_WhenAnEarlierTurnFlaggedATransfer_ClearsTheStaleFlag()
    {
        var lexEvent = EventFixtures.Event("connect-voice-fulfillment-early-voting-es");
        lexEvent.SessionState!.SessionAttributes![ConnectAttributes.HandOff] = ConnectAttributes.True;
        var turn = new LexTurnMapper(0.4).Map(lexEvent);

        var response = LexResponseRenderer.Render(turn, Replies.Answer(IntentNames.EarlyVoting, "Early voting starts soon."));

        Assert.Null(LexResponses.Attribute(response, ConnectAttributes.HandOff));
    }
}
