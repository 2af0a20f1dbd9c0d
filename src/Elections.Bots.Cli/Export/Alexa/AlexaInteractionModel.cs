using System.Collections.Immutable;
using System.Text.Json;
using Elections.Bots.Alexa.Mapping;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Cli.Export.Alexa;

/// <summary>
/// One locale's interaction model (<c>interactionModels/custom/en-US.json</c>): the model's intents under their
/// Alexa names with samples and slots, the built-ins Alexa requires, the custom slot types, and a dialog model
/// so the skill may ask for a missing address with <c>Dialog.ElicitSlot</c>.
/// </summary>
internal static class AlexaInteractionModel
{
    /// <summary>Alexa requires it in every custom model; the Alexa adapter hears it as Stop.</summary>
    public const string NavigateHomeIntent = BuiltInIntents.NavigateHome;

    /// <summary>The skill answers every turn itself, including the slots it asks for.</summary>
    private const string SkillResponse = "SKILL_RESPONSE";

    public static string AlexaName(IntentDefinition intent) => intent.AlexaBuiltIn ?? intent.Name;

    public static string Generate(ImmutableArray<IntentDefinition> intents, Locale locale, string invocationName) =>
        JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("interactionModel");
            WriteLanguageModel(json, intents, locale, invocationName);
            WriteDialog(json, intents);
            WritePrompts(json, intents, locale);
            json.WriteEndObject();
            json.WriteEndObject();
        });

    private static void WriteLanguageModel(Utf8JsonWriter json, ImmutableArray<IntentDefinition> intents, Locale locale, string invocationName)
    {
        json.WriteStartObject("languageModel");
        json.WriteString("invocationName", invocationName);
        json.WriteStartArray("intents");
        foreach (var intent in intents)
        {
            var samples = PlatformModel.Utterances(intent, locale, ExportPlatform.Alexa);
            if (samples.IsEmpty && intent.AlexaBuiltIn is null)
            {
                throw new InvalidOperationException($"Intent {intent.Name} has no {locale.ToTag()} utterance Alexa can take; add one.");
            }
            json.WriteStartObject();
            json.WriteString("name", AlexaName(intent));
            json.WriteStartArray("slots");
            foreach (var slot in PlatformModel.Slots(intent, ExportPlatform.Alexa))
            {
                json.WriteStartObject();
                json.WriteString("name", slot.Name);
                json.WriteString("type", PlatformModel.TypeOf(slot.Type, ExportPlatform.Alexa));
                json.WriteStringArray("samples", PlatformModel.SlotSamples(slot, locale, ExportPlatform.Alexa));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStringArray("samples", samples);
            json.WriteEndObject();
        }
        json.WriteStartObject();
        json.WriteString("name", NavigateHomeIntent);
        json.WriteStringArray("samples", []);
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartArray("types");
        foreach (var type in PlatformModel.CustomTypes(intents, ExportPlatform.Alexa))
        {
            json.WriteStartObject();
            json.WriteString("name", type.Name);
            json.WriteStartArray("values");
            foreach (var value in type.Values)
            {
                json.WriteStartObject();
                json.WriteStartObject("name");
                json.WriteString("value", value.Value);
                json.WriteStringArray("synonyms", value.Synonyms);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDialog(Utf8JsonWriter json, ImmutableArray<IntentDefinition> intents)
    {
        json.WriteStartObject("dialog");
        json.WriteStartArray("intents");
        foreach (var intent in intents)
        {
            var slots = PlatformModel.Slots(intent, ExportPlatform.Alexa);
            if (slots.IsEmpty) continue;
            json.WriteStartObject();
            json.WriteString("name", AlexaName(intent));
            json.WriteString("delegationStrategy", SkillResponse);
            json.WriteBoolean("confirmationRequired", false);
            json.WriteStartObject("prompts");
            json.WriteEndObject();
            json.WriteStartArray("slots");
            foreach (var slot in slots)
            {
                json.WriteStartObject();
                json.WriteString("name", slot.Name);
                json.WriteString("type", PlatformModel.TypeOf(slot.Type, ExportPlatform.Alexa));
                json.WriteBoolean("elicitationRequired", slot.Required);
                json.WriteBoolean("confirmationRequired", false);
                json.WriteStartObject("prompts");
                json.WriteString("elicitation", PromptId(intent, slot));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("delegationStrategy", SkillResponse);
        json.WriteEndObject();
    }

    private static void WritePrompts(Utf8JsonWriter json, ImmutableArray<IntentDefinition> intents, Locale locale)
    {
        json.WriteStartArray("prompts");
        foreach (var intent in intents)
        {
            foreach (var slot in PlatformModel.Slots(intent, ExportPlatform.Alexa))
            {
                json.WriteStartObject();
                json.WriteString("id", PromptId(intent, slot));
                json.WriteStartArray("variations");
                json.WriteStartObject();
                json.WriteString("type", "PlainText");
                json.WriteString("value", slot.Prompt.For(locale));
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
    }

    private static string PromptId(IntentDefinition intent, SlotDefinition slot) => $"Elicit.Slot.{AlexaName(intent)}.{slot.Name}";
}
