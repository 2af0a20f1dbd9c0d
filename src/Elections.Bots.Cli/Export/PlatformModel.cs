using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Cli.Export;

/// <summary>
/// What of the bot model a platform gets, by the model's own rules (<see cref="SlotTypeDefinition"/>): a slot
/// whose type the platform lacks, and the utterances that use it, are left out; a fallback intent's utterances
/// stay local. Both exports and the infrastructure tests read the model through this one class.
/// </summary>
internal static partial class PlatformModel
{
    /// <summary>The intents a platform gets: Lex none of the Alexa-only ones.</summary>
    public static ImmutableArray<IntentDefinition> Intents(ImmutableArray<IntentDefinition> intents, ExportPlatform platform) =>
        platform == ExportPlatform.Lex ? [.. intents.Where(intent => !intent.AlexaOnly)] : intents;

    /// <summary>The platform's type for a slot type: its built-in, else a custom type of the values, else none.</summary>
    public static string? TypeOf(SlotTypeDefinition type, ExportPlatform platform) =>
        (platform == ExportPlatform.Lex ? type.LexBuiltIn : type.AlexaBuiltIn) ?? (type.Values.IsEmpty ? null : type.Name);

    /// <summary>Whether the platform gets a custom type of this model type (rather than a built-in or nothing).</summary>
    public static bool IsCustomOn(SlotTypeDefinition type, ExportPlatform platform) =>
        TypeOf(type, platform) == type.Name;

    public static ImmutableArray<SlotDefinition> Slots(IntentDefinition intent, ExportPlatform platform) =>
        [.. intent.Slots.Where(slot => TypeOf(slot.Type, platform) is not null)];

    public static ImmutableArray<string> Utterances(IntentDefinition intent, Locale locale, ExportPlatform platform)
    {
        if (!intent.ExportsUtterances) return [];
        var kept = Slots(intent, platform).Select(slot => slot.Name).ToHashSet(StringComparer.Ordinal);
        return [.. intent.Utterances.For(locale).Where(u => SlotReferences(u).All(kept.Contains))];
    }

    /// <summary>The custom types a platform needs, each once, in the order the intents first use them.</summary>
    public static ImmutableArray<SlotTypeDefinition> CustomTypes(IEnumerable<IntentDefinition> intents, ExportPlatform platform) =>
        [.. intents.SelectMany(i => i.Slots).Select(s => s.Type).Where(t => IsCustomOn(t, platform)).DistinctBy(t => t.Name)];

    /// <summary>
    /// What a voter answers when asked for the slot: the value alone or after one of its carriers. A search query
    /// never stands alone (Alexa's rule).
    /// </summary>
    public static IEnumerable<string> SlotSamples(SlotDefinition slot, Locale locale, ExportPlatform platform)
    {
        var carried = slot.Carriers.For(locale).Select(carrier => $"{carrier} {{{slot.Name}}}");
        return TypeOf(slot.Type, platform) == SlotTypeDefinition.AlexaSearchQuery ? carried : carried.Prepend($"{{{slot.Name}}}");
    }

    public static IEnumerable<string> SlotReferences(string utterance) =>
        SlotPattern().Matches(utterance).Select(match => match.Groups[1].Value);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex SlotPattern();
}
