using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>Reads a ZIP code at the end of an address as its five digits: "99961", "99961-1234", "999611234", or said digit by digit.</summary>
internal static class ZipReader
{
    private const int Length = 5;
    private const int PlusFourLength = 9;

    /// <summary>Returns how many words the ZIP took at the end of <paramref name="words"/> (0 when none).</summary>
    public static int ReadAtEnd(ReadOnlySpan<Token> words, out string? zip)
    {
        zip = null;
        if (words.IsEmpty) return 0;
        var last = words[^1].Text;
        if (words[^1].IsDigits && last.Length is Length or PlusFourLength)
        {
            zip = last.Length == Length ? last : last[..Length];
            return 1;
        }
        if (last.Length == Length + 1 + 4 && last[Length] == '-'
            && !last.AsSpan(0, Length).ContainsAnyExceptInRange('0', '9')
            && !last.AsSpan(Length + 1).ContainsAnyExceptInRange('0', '9'))
        {
            zip = last[..Length];
            return 1;
        }
        return ReadSpoken(words, out zip);
    }

    /// <summary>"nine nine nine six one": exactly five or nine digit words at the end.</summary>
    private static int ReadSpoken(ReadOnlySpan<Token> words, out string? zip)
    {
        zip = null;
        var run = 0;
        while (run < words.Length && NumberWords.TryDigit(words[^(run + 1)].Text, out _)) run++;
        if (run is not (Length or PlusFourLength)) return 0;
        Span<char> digits = stackalloc char[Length];
        var first = words.Length - run;
        for (var i = 0; i < Length; i++)
        {
            NumberWords.TryDigit(words[first + i].Text, out var digit);
            digits[i] = (char)('0' + digit);
        }
        zip = new string(digits);
        return run;
    }
}
