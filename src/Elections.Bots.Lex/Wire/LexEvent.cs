namespace Elections.Bots.Lex.Wire;

/// <summary>
/// The Lex V2 code-hook event (<c>messageVersion</c> 1.0). Every member is optional: Lex adds fields without a
/// version bump, and test consoles and contact flows send partial events. Enum-like members stay strings and are
/// compared with the constants in this folder, so an unknown value never fails the parse. Members the hook does
/// not use (session id, bot id and alias, response content type, transcriptions…) are not modelled: the
/// serializer skips them without allocating, and the session id, a phone number on SMS, is never even read.
/// The event's records are settable rather than init-only: <see cref="LexJson.ReadEvent"/> fills each member as
/// it meets it, as the source-generated reader does.
/// </summary>
public sealed record LexEvent
{
    /// <summary><see cref="LexInvocationSources"/>.</summary>
    public string? InvocationSource { get; set; }

    /// <summary><see cref="LexInputModes"/>; for DTMF the transcript holds the keys pressed.</summary>
    public string? InputMode { get; set; }

    /// <summary>What the voter said or typed. Never logged.</summary>
    public string? InputTranscript { get; set; }

    public LexBot? Bot { get; set; }

    public List<LexInterpretation?>? Interpretations { get; set; }

    /// <summary>What Lex will do if the hook returns <c>Delegate</c>; absent at fulfillment.</summary>
    public LexProposedNextState? ProposedNextState { get; set; }

    [JsonConverter(typeof(LexStringMapConverter))]
    public Dictionary<string, string>? RequestAttributes { get; set; }

    public LexSessionState? SessionState { get; set; }
}
