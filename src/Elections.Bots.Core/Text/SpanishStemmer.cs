namespace Elections.Bots.Core.Text;

/// <summary>
/// A light Spanish stemmer for folded words: enclitic pronouns ("registrarme"), plurals, common verb endings
/// and a final vowel, so "registro", "registrarme", "registrado" and "registrar" meet at "registr".
/// </summary>
public static class SpanishStemmer
{
    private static readonly string[] Clitics = ["nos", "los", "las", "les", "me", "te", "se", "lo", "la", "le"];

    // Longest first; each with the shortest stem it may leave.
    private static readonly (string Suffix, int MinStem)[] VerbEndings =
    [
        ("ieron", 3), ("iendo", 3), ("aron", 3), ("ando", 3), ("amos", 3), ("emos", 3), ("imos", 3),
        ("ado", 3), ("ada", 3), ("ido", 3), ("ida", 3), ("ar", 3), ("er", 3), ("ir", 3), ("an", 4), ("en", 4),
    ];

    public static int Stem(Span<char> word)
    {
        var n = word.Length;
        if (n <= 3 || EnglishStemmer.ContainsDigit(word)) return n;
        n = StripClitic(word, n);
        if (n > 4 && EnglishStemmer.EndsWith(word, n, "es") && word[n - 3] is 'l' or 'r' or 'n' or 'd' or 'z' or 'j' or 's' or 'y')
        {
            n -= 2;
        }
        else if (n > 3 && word[n - 1] == 's')
        {
            n--;
        }

        foreach (var (suffix, minStem) in VerbEndings)
        {
            if (n - suffix.Length >= minStem && EnglishStemmer.EndsWith(word, n, suffix)) return n - suffix.Length;
        }
        return n > 3 && word[n - 1] is 'a' or 'e' or 'o' or 'i' ? n - 1 : n;
    }

    // Pronouns attach to infinitives: "registrarme", "inscribirse", "mandarla" → "registrar", "inscribir", "mandar".
    private static int StripClitic(Span<char> word, int n)
    {
        foreach (var clitic in Clitics)
        {
            var rest = n - clitic.Length;
            if (rest >= 5 && EnglishStemmer.EndsWith(word, n, clitic) && word[rest - 1] == 'r' && word[rest - 2] is 'a' or 'e' or 'i')
            {
                return rest;
            }
        }
        return n;
    }
}
