namespace Elections.Bots.Core.Text;

/// <summary>
/// Folds characters for matching: lower case without accents (á→a, ñ→n, ü→u), so "Dónde", "donde" and
/// "DONDE" are one word. A table instead of Unicode normalization because the build runs with invariant
/// globalization and this runs for every character of every turn.
/// </summary>
public static class TextFolding
{
    // Latin-1 Supplement and Latin Extended-A (U+00C0..U+017F) folded to their base letter; '\0' marks × and ÷.
    private const string Latin1 =
        "aaaaaaaceeeeiiii" + "dnooooo\0ouuuuyts" + "aaaaaaaceeeeiiii" + "dnooooo\0ouuuuyty";

    private const string LatinExtendedA =
        "aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "iiiijjkkklllllll" +
        "lllnnnnnnnnnoooo" + "oooorrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs";

    /// <summary>The folded form of <paramref name="c"/>, or <c>'\0'</c> when it is not part of a word.</summary>
    public static char WordChar(char c)
    {
        if (c < 128)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') return c;
            if (c is >= 'A' and <= 'Z') return (char)(c + 32);
            return '\0';
        }
        if (c is >= '\u00C0' and <= '\u00FF') return Latin1[c - 0xC0];
        if (c is >= '\u0100' and <= '\u017F') return LatinExtendedA[c - 0x100];
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }

    /// <summary>Lower case without accents, every other character kept ("Español" → "espanol").</summary>
    public static char FoldChar(char c) => WordChar(c) is var folded and not '\0' ? folded : char.ToLowerInvariant(c);

    /// <summary>The whole text folded with <see cref="FoldChar"/> and trimmed.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = FoldChar(source[i]);
    }).Trim();

    /// <summary>Straight and typographic apostrophes, which join a word's parts ("don't", "what’s").</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>The folded form of a whole string; for building tables, not for the per-turn path.</summary>
    public static string FoldWord(string text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var folded = WordChar(c);
            if (folded != '\0') buffer[length++] = folded;
        }
        return new string(buffer[..length]);
    }
}
