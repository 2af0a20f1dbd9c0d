using System.Buffers;

namespace Elections.Bots.Core.Text;

/// <summary>
/// A light English stemmer: plurals and -ed/-ing, then a final e or y, so "votes", "voted", "voting" and "vote"
/// meet at "vot". Deliberately weaker than Porter: short FAQ questions need inflections merged, not "general"
/// and "generate" — derivations are handled by the synonym table instead.
/// </summary>
public static class EnglishStemmer
{
    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    public static int Stem(Span<char> word)
    {
        var n = word.Length;
        if (n <= 3 || ContainsDigit(word)) return n;
        if (EndsWith(word, n, "sses"))
        {
            n -= 2;
        }
        else if (EndsWith(word, n, "ies") && n > 4)
        {
            n -= 2;
            word[n - 1] = 'y';
        }
        else if (EndsWith(word, n, "es") && n > 4 && (word[n - 3] is 's' or 'x' or 'z' || EndsWith(word, n - 2, "ch") ||
                 EndsWith(word, n - 2, "sh")))
        {
            n -= 2;
        }
        else if (word[n - 1] == 's' && word[n - 2] is not ('s' or 'u' or 'i'))
        {
            n--;
        }

        if (n > 5 && EndsWith(word, n, "ing") && HasVowel(word[..(n - 3)]))
        {
            n = Undouble(word, n - 3);
        }
        else if (n > 4 && EndsWith(word, n, "ed") && HasVowel(word[..(n - 2)]))
        {
            n = Undouble(word, n - 2);
        }

        if (n > 3 && word[n - 1] == 'e') n--;
        else if (n > 3 && word[n - 1] == 'y') word[n - 1] = 'i';
        return n;
    }

    internal static bool EndsWith(ReadOnlySpan<char> word, int length, string suffix) =>
        length >= suffix.Length && word[(length - suffix.Length)..length].SequenceEqual(suffix);

    internal static bool ContainsDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c)) return true;
        }
        return false;
    }

    private static bool HasVowel(ReadOnlySpan<char> stem) => stem.ContainsAny(Vowels);

    // "stopped" → "stopp" → "stop"; but "poll", "pass" and "buzz" keep their double letter.
    private static int Undouble(Span<char> word, int n) =>
        n > 2 && word[n - 1] == word[n - 2] && word[n - 1] is not ('l' or 's' or 'z' or 'a' or 'e' or 'i' or 'o' or 'u') ? n - 1 : n;
}
