namespace Elections.Bots.Core.Dialog;

/// <summary>
/// One thing the voter said, channel-neutral. Adapters build it from Lex and Alexa events; the local NLU builds
/// it from typed text.
/// </summary>
/// <param name="Intent">An intent name from <see cref="BotModel.IntentNames"/>; <see langword="null"/> when only text is known.</param>
/// <param name="Slots">Slot values by slot name (<see cref="BotModel.SlotNames"/>); missing slots are absent.</param>
/// <param name="Text">What the voter said or typed, as transcribed. Never logged.</param>
/// <param name="IntentConfidence">0–1 when the channel's NLU gives one.</param>
public sealed record DialogTurn(
    Channel Channel,
    Locale Locale,
    string? Intent,
    IReadOnlyDictionary<string, string> Slots,
    string? Text,
    SessionState Session,
    Sentiment Sentiment = Sentiment.Unknown,
    double? IntentConfidence = null)
{
    public static readonly IReadOnlyDictionary<string, string> NoSlots =
        FrozenDictionary<string, string>.Empty;

    public string? Slot(string name) =>
        Slots.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>A turn with just text, for the FAQ and the local NLU.</summary>
    public static DialogTurn FromText(string? text, Channel channel, Locale locale, SessionState? session = null) =>
        new(channel, locale, null, NoSlots, text, session ?? SessionState.New);
}
