namespace Elections.Bots.Core.BotModel;

/// <summary>
/// A slot an intent can carry. <see cref="Carriers"/> are the words that introduce the value in the sample
/// utterances ("I live at {Address}", "ask {Query}"); every utterance puts one of them right before the slot,
/// and the local NLU uses the same list to cut the value out of typed text.
/// </summary>
/// <param name="Required">
/// Whether the platform must fill it before calling us. False for every slot today: the engine asks for the
/// address itself, because it may already know it from earlier in the conversation.
/// </param>
public sealed record SlotDefinition(
    string Name,
    SlotTypeDefinition Type,
    bool Required,
    Localized<string> Prompt,
    Localized<ImmutableArray<string>> Carriers);
