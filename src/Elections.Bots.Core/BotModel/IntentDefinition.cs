namespace Elections.Bots.Core.BotModel;

/// <summary>
/// One intent of the bot: its name (from <see cref="IntentNames"/>), slots and sample utterances per language.
/// Utterances use <c>{SlotName}</c> placeholders and only letters, spaces, apostrophes and abbreviation
/// periods, which both Lex and Alexa accept.
/// </summary>
/// <param name="AlexaBuiltIn">The Alexa built-in this intent maps to (<c>AMAZON.HelpIntent</c>), or <see langword="null"/> for a custom intent.</param>
/// <param name="LexParentSignature">The Lex built-in parent (<c>AMAZON.FallbackIntent</c>), or <see langword="null"/>.</param>
/// <param name="ExportsUtterances">
/// False when the platforms take no samples for the intent (a fallback intent); its utterances then serve the
/// local NLU only.
/// </param>
/// <param name="AlexaOnly">
/// True for an intent only Alexa needs (a bare number, which Alexa otherwise sends to its fallback intent without
/// the words). Lex passes the transcript and the local NLU reads text, so neither gets it.
/// </param>
public sealed record IntentDefinition(
    string Name,
    ImmutableArray<SlotDefinition> Slots,
    Localized<ImmutableArray<string>> Utterances,
    string? AlexaBuiltIn = null,
    string? LexParentSignature = null,
    bool ExportsUtterances = true,
    bool AlexaOnly = false)
{
    public SlotDefinition? Slot(string name)
    {
        foreach (var slot in Slots)
        {
            if (slot.Name == name) return slot;
        }
        return null;
    }
}
