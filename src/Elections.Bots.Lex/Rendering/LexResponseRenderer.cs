using Elections.Bots.Lex.Mapping;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Turns the engine's reply into a Lex response: the dialog action (wire reference §2.2), the intent and its
/// state, the session attributes, and the messages shaped for the voter's channel.
/// </summary>
public static class LexResponseRenderer
{
    /// <param name="allowDelegate">False when a delegating response would be too large and the answer must be given now.</param>
    public static LexResponse Render(LexTurn turn, DialogReply reply, bool allowDelegate = true)
    {
        if (allowDelegate && ShouldDelegate(turn, reply)) return Delegate(turn);

        var channel = turn.Turn.Channel;
        var (action, intent) = Decide(turn, reply);
        var connect = ConnectAttributes.IsConnect(channel);
        var attributes = LexSessionAttributes.Build(
            turn.SessionAttributes,
            SessionStateCodec.Encode(reply.Session),
            connect ? HandOffReason(turn, reply) : null,
            connect && reply.EndConversation && !reply.HandOff);
        var messages = Messages(channel, reply);
        return new LexResponse
        {
            SessionState = new LexSessionState { SessionAttributes = attributes, DialogAction = action, Intent = intent },
            Messages = messages.Count == 0 ? null : messages,
        };
    }

    public static List<LexMessage> Messages(Channel channel, DialogReply reply)
    {
        var messages = new List<LexMessage>(2);
        switch (channel)
        {
            case Channel.Sms: SmsRenderer.Render(reply, messages); break;
            case Channel.ConnectVoice or Channel.Dtmf or Channel.Alexa: ConnectVoiceRenderer.Render(reply, messages); break;
            case Channel.ConnectChat: ConnectChatRenderer.Render(reply, messages); break;
            default: WebRenderer.Render(reply, messages); break;
        }
        return messages;
    }

    /// <summary>
    /// On a dialog code hook, an answer to the very intent Lex is working on lets Lex carry on to fulfillment,
    /// where the answer is given; unless Lex means to ask for something the engine has shown it does not need.
    /// </summary>
    private static bool ShouldDelegate(LexTurn turn, DialogReply reply) =>
        turn.IsDialogCodeHook
        && turn.FollowsLexIntent
        && reply.Outcome == ReplyOutcome.Answered
        && reply is { HandOff: false, EndConversation: false, ElicitSlot: null }
        && reply.Intent == turn.Turn.Intent
        && turn.Event.ProposedNextState?.DialogAction?.Type is null or LexDialogActionTypes.Delegate or LexDialogActionTypes.Close;

    /// <summary>
    /// The engine has only validated the turn; the fulfillment hook answers it. The session attributes go back
    /// untouched so the turn is counted once (a negative turn, a choice) when it is answered.
    /// </summary>
    private static LexResponse Delegate(LexTurn turn) => new()
    {
        SessionState = new LexSessionState
        {
            SessionAttributes = LexSessionAttributes.Build(
                turn.SessionAttributes, turn.SessionAttributes?.GetValueOrDefault(SessionStateCodec.AttributeName), null, false),
            DialogAction = new LexDialogAction { Type = LexDialogActionTypes.Delegate },
            Intent = new LexIntent
            {
                Name = turn.LexIntentName,
                Slots = turn.LexIntent?.Slots,
                State = LexIntentStates.ReadyForFulfillment,
                ConfirmationState = turn.LexIntent?.ConfirmationState,
            },
        },
    };

    private static (LexDialogAction Action, LexIntent? Intent) Decide(LexTurn turn, DialogReply reply)
    {
        var finished = reply.HandOff || reply.EndConversation;
        if (!finished && reply.ElicitSlot is { Length: > 0 } slot && reply.Intent != IntentNames.Fallback && LexIntentNames.IsKnown(reply.Intent))
        {
            // Only the slot being asked for is sent, as null: an address the engine could not use must not be kept.
            return (
                new LexDialogAction { Type = LexDialogActionTypes.ElicitSlot, SlotToElicit = slot },
                new LexIntent { Name = reply.Intent, State = LexIntentStates.InProgress, Slots = new() { [slot] = null } });
        }
        if (!finished && (reply.Outcome == ReplyOutcome.Elicited || reply.ElicitSlot is not null))
        {
            return (new LexDialogAction { Type = LexDialogActionTypes.ElicitIntent }, null);
        }

        var name = LexIntentNames.IsKnown(reply.Intent) ? LexIntentNames.ToLex(reply.Intent) : turn.LexIntentName;
        var state = reply.Outcome is ReplyOutcome.Fallback or ReplyOutcome.Error ? LexIntentStates.Failed : LexIntentStates.Fulfilled;
        return (new LexDialogAction { Type = LexDialogActionTypes.Close }, new LexIntent { Name = name, State = state });
    }

    private static string? HandOffReason(LexTurn turn, DialogReply reply)
    {
        if (reply.Outcome == ReplyOutcome.Error) return ConnectAttributes.ReasonError;
        if (!reply.HandOff) return null;
        if (turn.Turn.Intent == IntentNames.HandOff) return ConnectAttributes.ReasonRequested;
        return turn.Turn.Sentiment == Sentiment.Negative ? ConnectAttributes.ReasonNegativeSentiment : ConnectAttributes.ReasonUnanswered;
    }
}
