using System.Collections.Immutable;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Lex;
using Elections.Bots.Lex.Mapping;

namespace Elections.Bots.Cli.Export.Lex;

/// <summary>
/// The <c>BotLocales</c> property of the template's <c>AWS::Lex::Bot</c>, generated from the bot model: one locale
/// per language, each intent with the model's utterances and both code hooks on (every turn goes to the <c>lex</c>
/// handler), custom slot types, slot prompts and obfuscation of anything a voter may say about themselves.
/// </summary>
internal static class LexBotLocales
{
    /// <summary>Below this confidence Lex picks FallbackIntent; the same threshold the code hook trusts an intent at.</summary>
    public static double ConfidenceThreshold => new LexOptions(null).MinimumConfidence;

    /// <summary>Retries Lex makes on its own before falling back; the code hook normally answers first.</summary>
    private const int PromptRetries = 2;

    public static string Generate(ImmutableArray<IntentDefinition> intents)
    {
        intents = PlatformModel.Intents(intents, ExportPlatform.Lex);
        var yaml = new YamlWriter();
        yaml.List("BotLocales", [Locale.English, Locale.Spanish], (w, locale) => WriteLocale(w, locale, intents));
        return yaml.ToString();
    }

    private static void WriteLocale(YamlWriter yaml, Locale locale, ImmutableArray<IntentDefinition> intents)
    {
        yaml.Property("LocaleId", locale.ToLexLocaleId());
        yaml.Property("NluConfidenceThreshold", ConfidenceThreshold);
        var voice = LexVoice.For(locale);
        yaml.Nested("VoiceSettings", w =>
        {
            w.Property("VoiceId", voice.VoiceId);
            w.Property("Engine", voice.Engine);
        });
        var customTypes = PlatformModel.CustomTypes(intents, ExportPlatform.Lex);
        if (!customTypes.IsEmpty) yaml.List("SlotTypes", customTypes, WriteSlotType);
        yaml.List("Intents", intents, (w, intent) => WriteIntent(w, intent, locale));
    }

    private static void WriteSlotType(YamlWriter yaml, SlotTypeDefinition type)
    {
        yaml.Property("Name", type.Name);
        yaml.Nested("ValueSelectionSetting", w =>
            w.Property("ResolutionStrategy", type.ValuesAreExamples ? "ORIGINAL_VALUE" : "TOP_RESOLUTION"));
        yaml.List("SlotTypeValues", type.Values, (w, value) =>
        {
            w.Nested("SampleValue", v => v.Property("Value", value.Value));
            if (!value.Synonyms.IsEmpty) w.List("Synonyms", value.Synonyms, (s, synonym) => s.Property("Value", synonym));
        });
    }

    private static void WriteIntent(YamlWriter yaml, IntentDefinition intent, Locale locale)
    {
        yaml.Property("Name", LexIntentNames.ToLex(intent.Name));
        if (intent.LexParentSignature is { } parent) yaml.Property("ParentIntentSignature", parent);

        var utterances = PlatformModel.Utterances(intent, locale, ExportPlatform.Lex);
        if (utterances.IsEmpty && intent.LexParentSignature is null)
        {
            throw new InvalidOperationException(
                $"Intent {intent.Name} has no {locale.ToTag()} utterance Lex can take (every one uses a slot Lex does not get); add one without that slot.");
        }
        if (!utterances.IsEmpty) yaml.List("SampleUtterances", utterances, (w, u) => w.Property("Utterance", u));

        yaml.Nested("DialogCodeHook", w => w.Property("Enabled", true));
        yaml.Nested("FulfillmentCodeHook", w => w.Property("Enabled", true));

        var slots = PlatformModel.Slots(intent, ExportPlatform.Lex);
        if (slots.IsEmpty) return;
        yaml.List("Slots", slots, (w, slot) => WriteSlot(w, slot, locale));
        yaml.List("SlotPriorities", slots.Select((slot, index) => (slot.Name, Priority: index + 1)), (w, p) =>
        {
            w.Property("Priority", p.Priority);
            w.Property("SlotName", p.Name);
        });
    }

    private static void WriteSlot(YamlWriter yaml, SlotDefinition slot, Locale locale)
    {
        yaml.Property("Name", slot.Name);
        yaml.Property("SlotTypeName", PlatformModel.TypeOf(slot.Type, ExportPlatform.Lex)!);
        // A closed list of values (a language) says nothing about the voter; anything said freely might.
        var freeText = !PlatformModel.IsCustomOn(slot.Type, ExportPlatform.Lex) || slot.Type.ValuesAreExamples;
        yaml.Nested("ObfuscationSetting", w => w.Property("ObfuscationSettingType", freeText ? "DefaultObfuscation" : "None"));
        yaml.Nested("ValueElicitationSetting", w =>
        {
            w.Property("SlotConstraint", slot.Required ? "Required" : "Optional");
            w.Nested("PromptSpecification", p =>
            {
                p.Property("MaxRetries", PromptRetries);
                p.Property("AllowInterrupt", true);
                p.List("MessageGroupsList", [slot.Prompt.For(locale)], (g, prompt) =>
                    g.Nested("Message", m => m.Nested("PlainTextMessage", t => t.Property("Value", prompt))));
            });
            w.List("SampleUtterances", PlatformModel.SlotSamples(slot, locale, ExportPlatform.Lex), (s, sample) => s.Property("Utterance", sample));
        });
    }
}
