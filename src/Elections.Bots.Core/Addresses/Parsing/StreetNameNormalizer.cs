using System.Runtime.CompilerServices;
using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>
/// The name words of a street, written one way whoever typed or said them: numbered streets as ordinals
/// ("Fifth", "5 Ave", "5th" → 5TH; "twenty first" → 21ST, §235), ST before a name as SAINT, MT and FT as MOUNT
/// and FORT, JUNIOR as JR, and a street type before a route number spelled out ("Hwy 7" → HIGHWAY 7).
/// </summary>
/// <remarks>
/// A bare number becomes an ordinal only before a street type: in "842 E 1700 S" (a grid address) and
/// "Highway 7" it stays a number.
/// </remarks>
internal static class StreetNameNormalizer
{
    private const int MaxOrdinalDigits = 6;

    public static string Normalize(ReadOnlySpan<Token> words, bool hasSuffix)
    {
        if (!(words.Length == 1 && words[0].IsDigits && !hasSuffix) && TryReadNumbered(words, out var numbered))
        {
            return numbered;
        }
        if (words.Length == 1) return Rewrite(words, 0);
        var builder = new DefaultInterpolatedStringHandler(words.Length - 1, words.Length, null, stackalloc char[64]);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) builder.AppendLiteral(" ");
            builder.AppendLiteral(Rewrite(words, i));
        }
        return builder.ToStringAndClear();
    }

    /// <summary>"5", "5th", "5 th", "fifth", "twenty first", "one hundred twenty fifth" → the ordinal.</summary>
    private static bool TryReadNumbered(ReadOnlySpan<Token> words, out string ordinal)
    {
        ordinal = string.Empty;
        if ((words.Length == 1 && TryOrdinalDigits(words[0].Text, out var value))
            || (words.Length == 2 && words[0].IsDigits && IsOrdinalEnding(words[1].Text)
                && TryOrdinalDigits(words[0].Text, out value))
            || TryOrdinalWords(words, out value))
        {
            ordinal = NumberWords.ToOrdinal(value);
            return true;
        }
        return false;
    }

    /// <summary>"5" or "5TH" (even a misspelt "5ST") → 5; "5A" or "I-95" is not a numbered street.</summary>
    private static bool TryOrdinalDigits(string word, out int value)
    {
        value = 0;
        var span = word.AsSpan();
        var end = span.IndexOfAnyExceptInRange('0', '9');
        if (end < 0) end = span.Length;
        if (end == 0 || end > MaxOrdinalDigits) return false;
        if (end < span.Length && !IsOrdinalEnding(span[end..])) return false;
        value = int.Parse(span[..end], provider: null);
        return value > 0;
    }

    private static bool TryOrdinalWords(ReadOnlySpan<Token> words, out int value)
    {
        value = 0;
        if (words.IsEmpty || !NumberWords.TryOrdinal(words[^1].Text, out var last)) return false;
        var cardinal = 0;
        if (words.Length > 1 && !SpokenNumbers.TryRead(words[..^1], out cardinal)) return false;
        value = last == NumberWords.Hundred ? Math.Max(cardinal, 1) * NumberWords.Hundred : cardinal + last;
        return true;
    }

    private static bool IsOrdinalEnding(ReadOnlySpan<char> text) =>
        text.SequenceEqual("ST") || text.SequenceEqual("ND") || text.SequenceEqual("RD") || text.SequenceEqual("TH");

    private static string Rewrite(ReadOnlySpan<Token> words, int i)
    {
        var word = words[i].Text;
        var hasNext = i + 1 < words.Length;
        if (hasNext)
        {
            var beforeNumber = words[i + 1].HasDigit;
            switch (word)
            {
                case "ST": return "SAINT";
                case "STE": return "SAINTE";
                case "MT": return "MOUNT";
                case "FT": return "FORT";
            }
            if (beforeNumber && StreetSuffixes.TryNormalize(word, out var type)) return StreetSuffixes.PrimaryName(type);
        }
        if (TryOrdinalDigits(word, out var value) && !words[i].IsDigits) return NumberWords.ToOrdinal(value);
        return word switch
        {
            "JUNIOR" => "JR",
            "SENIOR" => "SR",
            _ => word,
        };
    }
}
