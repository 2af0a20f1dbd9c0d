namespace Elections.Bots.Core.Dialog;

/// <summary>
/// What the engine decided to say, in three registers, for channel renderers to shape. Renderers choose the
/// register and enforce their channel's limits; they never change what is said.
/// </summary>
public sealed record DialogReply
{
    /// <summary>The full answer for screens: may hold URLs and line breaks.</summary>
    public required string Text { get; init; }

    /// <summary>What voice says: no URLs, dates and phone numbers marked for <c>say-as</c>.</summary>
    public required ImmutableArray<SpeechPart> Speech { get; init; }

    /// <summary>A text-message answer (≤ 300 characters when the engine can manage it), or null to let the renderer shorten <see cref="Text"/>.</summary>
    public string? ShortText { get; init; }

    /// <summary>A short heading for cards ("Your polling place").</summary>
    public string? Title { get; init; }

    public ImmutableArray<ReplyLink> Links { get; init; } = [];

    /// <summary>At most five follow-ups, in the order to offer them.</summary>
    public ImmutableArray<Suggestion> Suggestions { get; init; } = [];

    /// <summary>The slot the engine is asking for (<see cref="BotModel.SlotNames"/>), if any.</summary>
    public string? ElicitSlot { get; init; }

    /// <summary>The intent the reply answers (<see cref="BotModel.IntentNames"/>).</summary>
    public required string Intent { get; init; }

    public ReplyOutcome Outcome { get; init; } = ReplyOutcome.Answered;

    /// <summary>The conversation is over (Stop, Cancel, Goodbye).</summary>
    public bool EndConversation { get; init; }

    /// <summary>The voter should be put through to a person (Connect transfers on this).</summary>
    public bool HandOff { get; init; }

    public required Locale Locale { get; init; }

    public required SessionState Session { get; init; }

    public required AnswerTrace Trace { get; init; }

    /// <summary>The voice text as one plain string (speech parts joined), for previews and tests.</summary>
    public string SpokenText => string.Concat(Speech.Select(p => p.Kind == SpeechKind.Pause ? " " : p.Text)).Trim();
}
