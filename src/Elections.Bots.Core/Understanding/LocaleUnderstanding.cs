using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Understanding;

/// <summary>Everything the interpreter needs for one language, built once from the bot model.</summary>
internal sealed class LocaleUnderstanding(Locale locale, ImmutableArray<IntentDefinition> intents)
{
    public Locale Locale { get; } = locale;

    public IntentMatcher Matcher { get; } = new(locale, intents);

    public AddressSpotter Addresses { get; } = new(Phrases.LongestFirst(CarriersOf(intents, SlotNames.Address, locale)));

    /// <summary>Phrases that open a free question ("I have a question about …", "ask …").</summary>
    public ImmutableArray<ImmutableArray<string>> QueryCarriers { get; } = Phrases.LongestFirst(CarriersOf(intents, SlotNames.Query, locale));

    private static IEnumerable<string> CarriersOf(ImmutableArray<IntentDefinition> intents, string slot, Locale locale) =>
        intents.Select(i => i.Slot(slot)).OfType<SlotDefinition>().SelectMany(s => s.Carriers.For(locale));
}
