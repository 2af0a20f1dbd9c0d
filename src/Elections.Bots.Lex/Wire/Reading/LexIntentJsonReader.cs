using System.Text.Json;

namespace Elections.Bots.Lex.Wire.Reading;

/// <summary>Intents and their slots, in all three shapes (see <see cref="LexEventJsonReader"/>).</summary>
internal static class LexIntentJsonReader
{
    public static LexIntent? Intent(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartObject(ref reader)) return null;
        var intent = new LexIntent();
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "name"u8)) intent.Name = JsonTokens.String(ref reader, LexVocabulary.IntentNames);
            else if (JsonTokens.Is(ref reader, "slots"u8)) intent.Slots = Slots(ref reader);
            else if (JsonTokens.Is(ref reader, "state"u8)) intent.State = JsonTokens.String(ref reader, LexVocabulary.States);
            else if (JsonTokens.Is(ref reader, "confirmationState"u8)) intent.ConfirmationState = JsonTokens.String(ref reader, LexVocabulary.States);
            else JsonTokens.SkipProperty(ref reader);
        }
        return intent;
    }

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

    private static LexSlot Slot(ref Utf8JsonReader reader)
    {
        var slot = new LexSlot();
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "shape"u8)) slot.Shape = JsonTokens.String(ref reader, LexVocabulary.States);
            else if (JsonTokens.Is(ref reader, "value"u8)) slot.Value = SlotValue(ref reader);
            else if (JsonTokens.Is(ref reader, "values"u8)) slot.Values = Values(ref reader);
            else if (JsonTokens.Is(ref reader, "subSlots"u8)) slot.SubSlots = Slots(ref reader);
            else JsonTokens.SkipProperty(ref reader);
        }
        return slot;
    }

    /// <summary>The items of a List slot: slots themselves, read by the context's rules (null allowed, other values refused).</summary>
    private static List<LexSlot?>? Values(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartArray(ref reader)) return null;
        var values = new List<LexSlot?>();
        while (JsonTokens.NextElement(ref reader)) values.Add(JsonTokens.StartObject(ref reader) ? Slot(ref reader) : null);
        return values;
    }

    private static LexSlotValue? SlotValue(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartObject(ref reader)) return null;
        var value = new LexSlotValue();
        while (JsonTokens.NextProperty(ref reader))
        {
            if (JsonTokens.Is(ref reader, "originalValue"u8)) value.OriginalValue = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "interpretedValue"u8)) value.InterpretedValue = JsonTokens.String(ref reader);
            else JsonTokens.SkipProperty(ref reader);
        }
        return value;
    }
}
