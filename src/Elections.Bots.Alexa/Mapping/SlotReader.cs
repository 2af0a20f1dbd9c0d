using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Alexa.Mapping;

/// <summary>Reads the value the engine should see from an Alexa slot.</summary>
public static class SlotReader
{
    /// <summary>
    /// A spoken address or question is never near this long; the cap keeps a hostile value from flowing into
    /// matching, the session attribute and the card. It matches the session codec's address cap.
    /// </summary>
    public const int MaxValueLength = 300;

    /// <summary>The slots the engine understands; others in a request are ignored.</summary>
    public static readonly FrozenSet<string> Known =
        FrozenSet.Create(StringComparer.Ordinal, SlotNames.Address, SlotNames.Query, SlotNames.Language, SlotNames.Number, SlotNames.Ordinal);

    /// <summary>
    /// The canonical value when entity resolution matched one of our slot type's entries (ER_SUCCESS_MATCH:
    /// "español" resolves to "Spanish"), otherwise what the voter said. Null when the slot is unfilled.
    /// </summary>
    public static string? ValueOf(Slot? slot)
    {
        if (slot is null) return null;
        var simple = slot.SlotValue is { Type: SlotValue.SimpleType } value ? value : null;
        var resolved = ResolvedName(slot.Resolutions) ?? ResolvedName(simple?.Resolutions);
        return Clean(resolved ?? slot.Value ?? simple?.Value);
    }

    private static string? ResolvedName(Resolutions? resolutions)
    {
        if (resolutions?.ResolutionsPerAuthority is not { } authorities) return null;
        foreach (var authority in authorities)
        {
            if (authority?.Status?.Code == ResolutionStatus.SuccessMatch
                && authority.Values is [{ Value.Name: { } name }, ..]
                && !string.IsNullOrWhiteSpace(name))
            {
                return name;
            }
        }
        return null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.AsSpan().Trim();
        if (trimmed.Length > MaxValueLength) trimmed = trimmed[..MaxValueLength];
        return trimmed.Length == value.Length ? value : trimmed.ToString();
    }
}
