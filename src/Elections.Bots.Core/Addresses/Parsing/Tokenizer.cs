namespace Elections.Bots.Core.Addresses.Parsing;

/// <summary>
/// Splits free text into upper-case words the way Publication 28 writes addresses: no punctuation, except the
/// fraction in "22 1/2" and the hyphen in "123-45" or a ZIP+4, which carry meaning.
/// </summary>
internal static class Tokenizer
{
    /// <summary>More words than any address needs; longer text is not an address.</summary>
    public const int MaxTokens = 40;

    private const int MaxWordLength = 32;

    /// <summary>The words of <paramref name="text"/> in <paramref name="buffer"/>; empty when there are none or too many.</summary>
    public static ReadOnlySpan<Token> Words(string? text, Span<Token> buffer)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var count = Tokenize(text, buffer);
        return count <= 0 ? [] : buffer[..count];
    }

    /// <summary>Fills <paramref name="tokens"/>; returns the count, or -1 when the text is too long to be an address.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        Span<char> word = stackalloc char[MaxWordLength];
        int length = 0, count = 0, group = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || (c > 127 && char.IsLetter(c)))
            {
                if (length == MaxWordLength) return -1;
                word[length++] = Fold(c);
                continue;
            }
            if (KeepsWordTogether(text, i, word[..length]))
            {
                if (c != '.' && c != '\'' && c != '\u2019')
                {
                    if (length == MaxWordLength) return -1;
                    word[length++] = c;
                }
                continue;
            }
            if (!Flush(word, ref length, tokens, ref count, group)) return -1;
            var standalone = c switch
            {
                '#' => "#",
                '\u00BD' => "1/2",
                _ => null,
            };
            if (standalone is not null)
            {
                if (count == tokens.Length) return -1;
                tokens[count++] = new Token(standalone, group);
            }
            else if (c is ',' or ';' or '\n' or '\r' or '|')
            {
                group++;
            }
        }
        return Flush(word, ref length, tokens, ref count, group) ? count : -1;
    }

    /// <summary>
    /// "N.E." and "P.O." join (a dot between single letters), but "N.Main" does not; "O'Brien" joins; "1/2",
    /// "123-45" and "99961-1234" keep their mark. A hyphen between letters splits ("twenty-first"), so spoken
    /// numbers read word by word.
    /// </summary>
    private static bool KeepsWordTogether(ReadOnlySpan<char> text, int i, ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        var c = text[i];
        var last = word[^1];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        var afterNext = i + 2 < text.Length ? text[i + 2] : '\0';
        return c switch
        {
            '.' => word.Length == 1 && char.IsAsciiLetter(next) && !char.IsAsciiLetter(afterNext),
            '\'' or '\u2019' => char.IsAsciiLetter(next),
            '/' => char.IsAsciiDigit(last) && char.IsAsciiDigit(next),
            '-' => char.IsAsciiLetterOrDigit(next) && (char.IsAsciiDigit(last) || char.IsAsciiDigit(next)),
            _ => false,
        };
    }

    private static bool Flush(ReadOnlySpan<char> word, ref int length, Span<Token> tokens, ref int count, int group)
    {
        if (length == 0) return true;
        if (count == tokens.Length) return false;
        tokens[count++] = new Token(Pub28.KnownWords.Intern(word[..length]), group);
        length = 0;
        return true;
    }

    /// <summary>Upper case without accents: Spanish speakers write "Dirección", the tables say DIRECCION.</summary>
    private static char Fold(char c)
    {
        if (c < 128) return char.ToUpperInvariant(c);
        return char.ToUpperInvariant(c) switch
        {
            'Á' or 'À' or 'Â' or 'Ä' or 'Ã' or 'Å' => 'A',
            'É' or 'È' or 'Ê' or 'Ë' => 'E',
            'Í' or 'Ì' or 'Î' or 'Ï' => 'I',
            'Ó' or 'Ò' or 'Ô' or 'Ö' or 'Õ' => 'O',
            'Ú' or 'Ù' or 'Û' or 'Ü' => 'U',
            'Ñ' => 'N',
            'Ç' => 'C',
            var other => other,
        };
    }
}
