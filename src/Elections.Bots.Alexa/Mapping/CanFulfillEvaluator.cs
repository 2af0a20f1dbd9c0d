using Elections.Bots.Alexa.Wire;

namespace Elections.Bots.Alexa.Mapping;

/// <summary>
/// Answers a CanFulfillIntentRequest: YES for one of our intents whose filled slots we all understand, NO
/// otherwise. It reads nothing and changes nothing, as Alexa requires.
/// </summary>
public static class CanFulfillEvaluator
{
    private static readonly CanFulfillSlot Understood = new() { CanUnderstand = CanFulfillIntent.Yes, CanFulfill = CanFulfillIntent.Yes };
    private static readonly CanFulfillSlot NotUnderstood = new() { CanUnderstand = CanFulfillIntent.No, CanFulfill = CanFulfillIntent.No };

    public static CanFulfillIntent Evaluate(Intent? intent)
    {
        var ours = intent?.Name is { } name && IntentMap.Fulfillable.Contains(name);
        Dictionary<string, CanFulfillSlot>? slots = null;
        var allUnderstood = true;
        foreach (var (slotName, slot) in intent?.Slots ?? [])
        {
            if (SlotReader.ValueOf(slot) is null) continue;
            var understood = SlotReader.Known.Contains(slotName);
            allUnderstood &= understood;
            slots ??= new Dictionary<string, CanFulfillSlot>(StringComparer.Ordinal);
            slots[slotName] = understood && ours ? Understood : NotUnderstood;
        }
        return new CanFulfillIntent
        {
            CanFulfill = ours && allUnderstood ? CanFulfillIntent.Yes : CanFulfillIntent.No,
            Slots = slots,
        };
    }
}
