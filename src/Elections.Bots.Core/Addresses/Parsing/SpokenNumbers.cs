using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>
/// Reads numbers said as words. Supported: digit by digit ("four oh one" = 401), pairs ("twelve thirty four" =
/// 1234, "one twenty" = 120), and counted numbers ("four hundred one", "twelve hundred", "two thousand ten").
/// </summary>
internal static class SpokenNumbers
{
    private const long MaxValue = 999_999_999;

    /// <summary>How many leading tokens are number words a number can start with (not "oh" or "hundred").</summary>
    public static int CountRun(ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty || !StartsNumber(tokens[0].Text)) return 0;
        var count = 1;
        while (count < tokens.Length && NumberWords.TryCardinal(tokens[count].Text, out _)) count++;
        return count;
    }

    public static bool StartsNumber(string word) =>
        NumberWords.TryCardinal(word, out var value) && value is > 0 and < NumberWords.Hundred;

    public static bool TryRead(ReadOnlySpan<Token> words, out int value)
    {
        value = 0;
        if (words.IsEmpty) return false;
        var counted = false;
        foreach (var word in words)
        {
            if (!NumberWords.TryCardinal(word.Text, out var v)) return false;
            counted |= v >= NumberWords.Hundred;
        }
        var result = counted ? ReadCounted(words) : ReadConcatenated(words);
        if (result is < 0 or > MaxValue) return false;
        value = (int)result;
        return true;
    }

    /// <summary>"four hundred one" → 401; "twelve hundred thirty" → 1230.</summary>
    private static long ReadCounted(ReadOnlySpan<Token> words)
    {
        long total = 0, current = 0;
        foreach (var word in words)
        {
            NumberWords.TryCardinal(word.Text, out var v);
            if (v == NumberWords.Thousand)
            {
                total += Math.Max(current, 1) * NumberWords.Thousand;
                current = 0;
            }
            else if (v == NumberWords.Hundred)
            {
                current = Math.Max(current, 1) * NumberWords.Hundred;
            }
            else
            {
                current += v;
            }
        }
        return total + current;
    }

    /// <summary>Each word or "twenty one" pair is written after the last: "twelve oh four" → "12","0","4" → 1204.</summary>
    private static long ReadConcatenated(ReadOnlySpan<Token> words)
    {
        long result = 0;
        for (var i = 0; i < words.Length; i++)
        {
            NumberWords.TryCardinal(words[i].Text, out var v);
            if (NumberWords.IsTens(v) && i + 1 < words.Length
                && NumberWords.TryCardinal(words[i + 1].Text, out var unit) && unit is > 0 and < 10)
            {
                v += unit;
                i++;
            }
            result = (result * (v >= 10 ? 100 : 10)) + v;
            if (result > MaxValue) return -1;
        }
        return result;
    }
}
