using System.Text.Json;

namespace Elections.Bots.Lex.Wire.Writing;

/// <summary>Intents and the slots a delegating response echoes, in all three shapes (see <see cref="LexResponseJsonWriter"/>).</summary>
internal static class LexSlotJsonWriter
{
    public static void Intent(Utf8JsonWriter writer, LexIntent intent)
    {
        writer.WriteStartObject();
        LexResponseJsonWriter.OptionalString(writer, Names.Name, intent.Name);
        if (intent.Slots is { } slots) Slots(writer, Names.Slots, slots);
        LexResponseJsonWriter.OptionalString(writer, Names.State, intent.State);
        LexResponseJsonWriter.OptionalString(writer, Names.ConfirmationState, intent.ConfirmationState);
        writer.WriteEndObject();
    }

    /// <summary>As <see cref="LexSlotMapConverter"/> writes it: an unfilled slot is an explicit null, which tells Lex to ask for it.</summary>
    private static void Slots(Utf8JsonWriter writer, JsonEncodedText name, Dictionary<string, LexSlot?> slots)
    {
        writer.WriteStartObject(name);
        foreach (var (slotName, slot) in slots)
        {
            writer.WritePropertyName(slotName);
            if (slot is null) writer.WriteNullValue();
            else Slot(writer, slot);
        }
        writer.WriteEndObject();
    }

    private static void Slot(Utf8JsonWriter writer, LexSlot slot)
    {
        writer.WriteStartObject();
        LexResponseJsonWriter.OptionalString(writer, Names.Shape, slot.Shape);
        if (slot.Value is { } value)
        {
            writer.WriteStartObject(Names.Value);
            LexResponseJsonWriter.OptionalString(writer, Names.OriginalValue, value.OriginalValue);
            LexResponseJsonWriter.OptionalString(writer, Names.InterpretedValue, value.InterpretedValue);
            writer.WriteEndObject();
        }
        if (slot.Values is { } values)
        {
            writer.WriteStartArray(Names.Values);
            foreach (var item in values)
            {
                if (item is null) writer.WriteNullValue();
                else Slot(writer, item);
            }
            writer.WriteEndArray();
        }
        if (slot.SubSlots is { } subSlots) Slots(writer, Names.SubSlots, subSlots);
        writer.WriteEndObject();
    }
}
