namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>
/// Town names written one way: upper case, single spaces, and "St", "Ste", "Mt", "Ft" before another word
/// spelled out ("St. Charles" and "Saint Charles" are one town).
/// </summary>
internal static class CityName
{
    public static string? Build(ReadOnlySpan<Token> words, bool spellOut = true)
    {
        if (words.IsEmpty) return null;
        if (words.Length == 1 && !NeedsRewrite(words)) return words[0].Text;
        Span<char> buffer = stackalloc char[128];
        var length = Write(words, buffer, spellOut);
        return length < 0 ? null : new string(buffer[..length]);
    }

    public static bool NeedsRewrite(ReadOnlySpan<Token> words)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (Expand(words[i].Text) is not null) return true;
        }
        return false;
    }

    /// <summary>Writes the normalized name (or, without <paramref name="spellOut"/>, just the words); -1 when it does not fit.</summary>
    public static int Write(ReadOnlySpan<Token> words, Span<char> destination, bool spellOut = true)
    {
        var length = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var word = spellOut && i + 1 < words.Length ? Expand(words[i].Text) ?? words[i].Text : words[i].Text;
            if (length + word.Length + 1 > destination.Length) return -1;
            if (i > 0) destination[length++] = ' ';
            word.AsSpan().CopyTo(destination[length..]);
            length += word.Length;
        }
        return length;
    }

    private static string? Expand(string word) => word switch
    {
        "ST" => "SAINT",
        "STE" => "SAINTE",
        "MT" => "MOUNT",
        "FT" => "FORT",
        _ => null,
    };
}
