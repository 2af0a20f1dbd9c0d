namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// Session attributes the Amazon Connect contact flow reads after each Lex turn (infra/connect/README.md).
/// They are set only on Connect channels and cleared on every other turn, so a stale flag never transfers a call.
/// </summary>
public static class ConnectAttributes
{
    /// <summary>"true" when the caller should be transferred to an agent queue.</summary>
    public const string HandOff = "handoff";

    /// <summary>Why: one of the <c>Reason*</c> values.</summary>
    public const string HandOffReason = "handoffReason";

    /// <summary>"true" when the caller said goodbye (never together with <see cref="HandOff"/>): the flow may disconnect.</summary>
    public const string ConversationEnded = "conversationEnded";

    public const string True = "true";

    public const string ReasonRequested = "requested";
    public const string ReasonNegativeSentiment = "negative-sentiment";
    public const string ReasonUnanswered = "unanswered";
    public const string ReasonError = "error";

    public static bool IsConnect(Channel channel) => channel is Channel.ConnectVoice or Channel.Dtmf or Channel.ConnectChat;

    public static bool IsOurs(string name) => name is HandOff or HandOffReason or ConversationEnded;
}
