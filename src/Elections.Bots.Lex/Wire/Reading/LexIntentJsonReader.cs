using System.Text.Json;
using Elections.Bots.Core.Json;

namespace Elections.Bots.Lex.Wire.Reading;

/// <summary>Intents and their slots, in all three shapes (see <see cref="LexEventJsonReader"/>).</summary>
internal static class LexIntentJsonReader
{
    public static LexIntent? Intent(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, static (ref Utf8JsonReader reader, LexIntent intent) =>
        {
            if (JsonTokens.Is(ref reader, "name"u8)) intent.Name = JsonTokens.String(ref reader, LexVocabulary.IntentNames);
            else if (JsonTokens.Is(ref reader, "slots"u8)) intent.Slots = Slots(ref reader);
            else if (JsonTokens.Is(ref reader, "state"u8)) intent.State = JsonTokens.String(ref reader, LexVocabulary.States);
            else if (JsonTokens.Is(ref reader, "confirmationState"u8)) intent.ConfirmationState = JsonTokens.String(ref reader, LexVocabulary.States);
            else return false;
            return true;
        });

    /// <summary>As <see cref="LexSlotMapConverter"/> reads them: a map that is not an object, or a slot that is not one, reads as unfilled.</summary>
    private static Dictionary<string, LexSlot?>? Slots(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }
        var slots = new Dictionary<string, LexSlot?>(StringComparer.Ordinal);
        while (JsonTokens.NextProperty(ref reader))
        {
            var name = JsonTokens.PropertyName(ref reader, LexVocabulary.SlotNames);
            JsonTokens.Advance(ref reader);
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                slots[name] = Slot(ref reader);
            }
            else
            {
                reader.Skip();
                slots[name] = null;
            }
        }
        return slots;
    }

    /// <summary>A slot, in a slot map or as an item of a List slot (where only null and objects are allowed).</summary>
    private static LexSlot? Slot(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, static (ref Utf8JsonReader reader, LexSlot slot) =>
        {
            if (JsonTokens.Is(ref reader, "shape"u8)) slot.Shape = JsonTokens.String(ref reader, LexVocabulary.States);
            else if (JsonTokens.Is(ref reader, "value"u8)) slot.Value = SlotValue(ref reader);
            else if (JsonTokens.Is(ref reader, "values"u8)) slot.Values = JsonTokens.Array(ref reader, Slot);
            else if (JsonTokens.Is(ref reader, "subSlots"u8)) slot.SubSlots = Slots(ref reader);
            else return false;
            return true;
        });

    private static LexSlotValue? SlotValue(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, static (ref Utf8JsonReader reader, LexSlotValue value) =>
        {
            if (JsonTokens.Is(ref reader, "originalValue"u8)) value.OriginalValue = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "interpretedValue"u8)) value.InterpretedValue = JsonTokens.String(ref reader);
            else return false;
            return true;
        });
}
