namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// The session attributes to return: everything the bot or contact flow set (Connect passes its own, such as the
/// caller's number, and expects them back), our state under <see cref="SessionStateCodec.AttributeName"/>, and the
/// Connect hand-off flags. Kept within Lex's 12 KB: if foreign attributes push past it, the largest go first.
/// </summary>
public static class LexSessionAttributes
{
    public static Dictionary<string, string> Build(
        IReadOnlyDictionary<string, string>? incoming, string? state, string? handOffReason, bool ended)
    {
        var attributes = new Dictionary<string, string>((incoming?.Count ?? 0) + 3, StringComparer.Ordinal);
        if (incoming is not null)
        {
            foreach (var (name, value) in incoming)
            {
                if (value is null || name == SessionStateCodec.AttributeName || ConnectAttributes.IsOurs(name)) continue;
                attributes[name] = value;
            }
        }
        if (state is not null) attributes[SessionStateCodec.AttributeName] = state;
        if (handOffReason is not null)
        {
            attributes[ConnectAttributes.HandOff] = ConnectAttributes.True;
            attributes[ConnectAttributes.HandOffReason] = handOffReason;
        }
        if (ended) attributes[ConnectAttributes.ConversationEnded] = ConnectAttributes.True;
        TrimToLimit(attributes);
        return attributes;
    }

    private static void TrimToLimit(Dictionary<string, string> attributes)
    {
        var size = 2;
        foreach (var (name, value) in attributes) size += EntrySize(name, value);
        while (size > LexLimits.MaxSessionAttributesBytes)
        {
            // The largest foreign attribute goes first (the first of equals, as they were set).
            string? largest = null;
            var largestSize = 0;
            foreach (var (name, value) in attributes)
            {
                if (name == SessionStateCodec.AttributeName || ConnectAttributes.IsOurs(name)) continue;
                var entry = EntrySize(name, value);
                if (largest is null || entry > largestSize) (largest, largestSize) = (name, entry);
            }
            if (largest is null) return;
            attributes.Remove(largest);
            size -= largestSize;
        }
    }

    /// <summary><c>"key":"value",</c> as serialized, counting escapes at their worst.</summary>
    public static int EntrySize(string key, string value) => JsonStringSize(key) + JsonStringSize(value) + 2;

    private static int JsonStringSize(string text)
    {
        var size = 2;
        foreach (var c in text)
        {
            size += c switch
            {
                < ' ' or '"' or '\\' or (>= '\ud800' and <= '\udfff') => 6,
                < '\u0080' => 1,
                < '\u0800' => 2,
                _ => 3,
            };
        }
        return size;
    }
}
