using System.Buffers;

namespace Elections.Bots.Lex.Rendering;

/// <summary>
/// How many SMS segments a text costs. GSM-7 carries 160 septets in one segment, 153 per segment once split
/// (characters of the extension table take two septets and are never split across segments); any character
/// outside GSM-7 switches the whole message to UCS-2: 70 UTF-16 units, 67 per segment once split (surrogate
/// pairs stay together).
/// </summary>
public static class SmsSegments
{
    private const string BasicTable =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string ExtensionTable = "^{}\\[~]|€\f";

    private static readonly SearchValues<char> Basic = SearchValues.Create(BasicTable);
    private static readonly SearchValues<char> Extension = SearchValues.Create(ExtensionTable);

    public static bool IsGsm7(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyExcept(Basic);
        return first < 0 || IsGsm7Tail(text[first..]);
    }

    public static bool IsGsm7(char c) => Basic.Contains(c) || Extension.Contains(c);

    public static int Count(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return 1;
        return IsGsm7(text) ? CountGsm7(text) : CountUcs2(text);
    }

    private static bool IsGsm7Tail(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsGsm7(c)) return false;
        }
        return true;
    }

    private static int CountGsm7(ReadOnlySpan<char> text)
    {
        var septets = 0;
        foreach (var c in text) septets += Extension.Contains(c) ? 2 : 1;
        if (septets <= 160) return 1;

        int segments = 1, used = 0;
        foreach (var c in text)
        {
            var size = Extension.Contains(c) ? 2 : 1;
            if (used + size > 153) { segments++; used = 0; }
            used += size;
        }
        return segments;
    }

    private static int CountUcs2(ReadOnlySpan<char> text)
    {
        if (text.Length <= 70) return 1;
        int segments = 1, used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var size = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (used + size > 67) { segments++; used = 0; }
            used += size;
            i += size - 1;
        }
        return segments;
    }
}
