using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>Reads the house number at the start of an address, written ("401", "B22", "22 1/2") or spoken.</summary>
internal static class HouseNumberReader
{
    private const int MaxDigits = 9;
    private const int MaxAffixLength = 4;

    /// <summary>Returns how many tokens the number took (0 when the address does not start with one).</summary>
    public static int Read(ReadOnlySpan<Token> tokens, out HouseNumber number)
    {
        number = default;
        if (tokens.IsEmpty) return 0;
        var used = tokens[0].HasDigit ? ReadWritten(tokens[0].Text, out number) : ReadSpoken(tokens, out number);
        if (used > 0 && number.Suffix is null && used < tokens.Length && IsFraction(tokens[used].Text))
        {
            number = number with { Suffix = tokens[used].Text };
            used++;
        }
        return used;
    }

    public static bool IsFraction(string word)
    {
        var slash = word.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < word.Length - 1
            && !word.AsSpan(0, slash).ContainsAnyExceptInRange('0', '9')
            && !word.AsSpan(slash + 1).ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Letters, digits, then letters or a hyphenated part: "B22", "22A", "22-A", "123-45".</summary>
    private static int ReadWritten(string word, out HouseNumber number)
    {
        number = default;
        var span = word.AsSpan();
        var start = span.IndexOfAnyInRange('0', '9');
        if (start > MaxAffixLength - 2) return 0;
        var digits = span[start..];
        var end = digits.IndexOfAnyExceptInRange('0', '9');
        if (end < 0) end = digits.Length;
        if (end > MaxDigits) return 0;
        var rest = digits[end..];
        if (!rest.IsEmpty && rest[0] == '-') rest = rest[1..];
        if (rest.Length > MaxAffixLength || rest.ContainsAnyExcept(Alphanumerics)) return 0;
        // "5TH" begins a numbered street ("5th Ave"), not a house.
        if (start == 0 && IsOrdinalEnding(digits[..end], rest)) return 0;
        var prefix = start == 0 ? null : word[..start];
        if (prefix is not null && prefix.AsSpan().ContainsAnyExceptInRange('A', 'Z')) return 0;
        number = new HouseNumber(
            int.Parse(digits[..end], provider: null),
            prefix,
            rest.IsEmpty ? null : new string(rest));
        return 1;
    }

    private static int ReadSpoken(ReadOnlySpan<Token> tokens, out HouseNumber number)
    {
        number = default;
        var run = SpokenNumbers.CountRun(tokens);
        // "four twenty first street": the tens word belongs to the ordinal street name, not the house.
        if (run > 1 && run < tokens.Length && NumberWords.TryOrdinal(tokens[run].Text, out var ordinal) && ordinal < 10
            && NumberWords.TryCardinal(tokens[run - 1].Text, out var tens) && NumberWords.IsTens(tens))
        {
            run--;
        }
        if (run == 0 || !SpokenNumbers.TryRead(tokens[..run], out var value)) return 0;
        number = new HouseNumber(value, null, null);
        return run;
    }

    private static bool IsOrdinalEnding(ReadOnlySpan<char> digits, ReadOnlySpan<char> rest) =>
        !digits.IsEmpty && (rest.SequenceEqual("ST") || rest.SequenceEqual("ND") || rest.SequenceEqual("RD") || rest.SequenceEqual("TH"));

    private static readonly System.Buffers.SearchValues<char> Alphanumerics =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
