using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Mapping;

/// <summary>Turns a LaunchRequest or IntentRequest into the engine's channel-neutral <see cref="DialogTurn"/>.</summary>
public static class TurnMapper
{
    public static DialogTurn ToTurn(RequestEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var request = envelope.Request;
        var locale = LocaleTags.ParseOrEnglish(request?.Locale);
        var session = SessionStateCodec.Decode(envelope.Session?.Attributes?.State);
        if (request?.Type != RequestTypes.Intent)
        {
            return new DialogTurn(Channel.Alexa, locale, IntentNames.Welcome, DialogTurn.NoSlots, null, session);
        }

        var intent = IntentMap.ToEngineIntent(request.Intent?.Name);
        var slots = ReadSlots(request.Intent?.Slots);
        // AMAZON.SearchQuery hands us the voter's question itself; the engine searches the FAQ with the text. A
        // picked number ("two" arrives as "2", "the second one" as "second") is the text the engine reads a choice
        // from, as if typed.
        var text = intent switch
        {
            IntentNames.AskQuestion => slots.GetValueOrDefault(SlotNames.Query),
            IntentNames.Choice => slots.GetValueOrDefault(SlotNames.Number) ?? slots.GetValueOrDefault(SlotNames.Ordinal),
            _ => null,
        };
        return new DialogTurn(Channel.Alexa, locale, intent, slots, text, session);
    }

    private static IReadOnlyDictionary<string, string> ReadSlots(Dictionary<string, Slot?>? slots)
    {
        if (slots is null || slots.Count == 0) return DialogTurn.NoSlots;
        Dictionary<string, string>? values = null;
        foreach (var (name, slot) in slots)
        {
            // The dictionary key is the slot's name on the wire; slot.name repeats it.
            if (!SlotReader.Known.Contains(name) || SlotReader.ValueOf(slot) is not { } value) continue;
            values ??= new Dictionary<string, string>(StringComparer.Ordinal);
            values[name] = value;
        }
        return values ?? DialogTurn.NoSlots;
    }
}
