namespace Elections.Bots.Core.BotModel;

/// <summary>One value of a custom slot type and the words that mean it (Lex <c>sampleValue</c> + synonyms, Alexa <c>name</c>).</summary>
public sealed record SlotTypeValue(string Value, ImmutableArray<string> Synonyms);
