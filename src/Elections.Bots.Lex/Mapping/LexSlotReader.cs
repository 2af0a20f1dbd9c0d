using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex.Mapping;

/// <summary>
/// One string per slot, whatever its shape: Lex's interpreted value, or the voter's own words when nothing
/// resolved; List items joined with commas; Composite sub-slots joined in the order Lex sent them
/// ("200 Court St, Millbrook, 99961"), which is the order the bot model declares them.
/// </summary>
public static class LexSlotReader
{
    private const int MaxDepth = 4;

    public static string? Read(LexSlot? slot) => Read(slot, 0);

    private static string? Read(LexSlot? slot, int depth)
    {
        if (slot is null || depth > MaxDepth) return null;
        if (slot.Shape == LexSlotShapes.Composite || (slot.Shape is null && slot.SubSlots is { Count: > 0 }))
        {
            return Join(slot.SubSlots?.Values, depth) ?? ValueOf(slot.Value);
        }
        if (slot.Shape == LexSlotShapes.List && slot.Values is { Count: > 0 })
        {
            return Join(slot.Values, depth) ?? ValueOf(slot.Value);
        }
        return ValueOf(slot.Value) ?? Join(slot.Values, depth) ?? Join(slot.SubSlots?.Values, depth);
    }

    private static string? ValueOf(LexSlotValue? value)
    {
        if (value is null) return null;
        if (!string.IsNullOrWhiteSpace(value.InterpretedValue)) return value.InterpretedValue.Trim();
        return string.IsNullOrWhiteSpace(value.OriginalValue) ? null : value.OriginalValue.Trim();
    }

    private static string? Join(IEnumerable<LexSlot?>? slots, int depth)
    {
        if (slots is null) return null;
        string? joined = null;
        foreach (var part in slots)
        {
            if (Read(part, depth + 1) is not { } text) continue;
            joined = joined is null ? text : string.Concat(joined, ", ", text);
        }
        return joined;
    }
}
