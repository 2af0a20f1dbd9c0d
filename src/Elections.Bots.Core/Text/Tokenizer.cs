namespace Elections.Bots.Core.Text;

/// <summary>
/// Splits text into folded words without allocating: letters and digits make words; apostrophes are resolved
/// ("what's"→"what", "don't"→"do", "won't"→"will"); a one-letter prefix joins its hyphen ("e-mail"→"email").
/// </summary>
public static class Tokenizer
{
    /// <summary>Longest text read; anything longer is cut there, which caps the work a single turn can cause.</summary>
    public const int MaxChars = 600;

    /// <summary>Most words kept; <see cref="MaxChars"/> of text rarely holds more.</summary>
    public const int MaxTokens = 128;

    /// <summary>Writes folded words into <paramref name="buffer"/> (at least the text's length) and returns how many tokens.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<char> buffer, Span<Token> tokens)
    {
        if (text.Length > MaxChars) text = text[..MaxChars];
        var count = 0;
        var written = 0;
        var i = 0;
        var clauseBreak = true;
        while (i < text.Length && count < tokens.Length)
        {
            if (TextFolding.WordChar(text[i]) == '\0')
            {
                clauseBreak |= text[i] is ',' or '.' or ';' or ':' or '?' or '!' or '¿' or '¡' or '\n' or '(' or ')';
                i++;
                continue;
            }
            var start = written;
            var sourceStart = i;
            while (i < text.Length)
            {
                var folded = TextFolding.WordChar(text[i]);
                if (folded != '\0')
                {
                    buffer[written++] = folded;
                    i++;
                }
                else if (TextFolding.IsApostrophe(text[i]) && i + 1 < text.Length && IsLetter(text[i + 1]))
                {
                    // A clitic ends the word; letters that are part of it ("O'Brien") go on.
                    i = SkipContraction(text, i, buffer, start, ref written, out var wordGoesOn);
                    if (!wordGoesOn) break;
                }
                else if (text[i] == '-' && written - start == 1 && i + 1 < text.Length && IsLetter(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }
            if (written > start)
            {
                tokens[count++] = new Token(start, written - start, sourceStart, i, clauseBreak);
                clauseBreak = false;
            }
        }
        return count;
    }

    private static bool IsLetter(char c) => TextFolding.WordChar(c) is >= 'a' and <= 'z' || char.IsLetter(c);

    // English contractions keep the word's core meaning: the clitic ('s, 'm, 'd, 'll, 're, 've) is dropped and
    // "n't" is undone on the auxiliary, so "I'd" never reads as "ID" and "who won" never meets "won't".
    private static int SkipContraction(
        ReadOnlySpan<char> text, int apostrophe, Span<char> buffer, int start, ref int written, out bool wordGoesOn)
    {
        wordGoesOn = false;
        var end = apostrophe + 1;
        while (end < text.Length && TextFolding.WordChar(text[end]) != '\0') end++;
        var clitic = text[(apostrophe + 1)..end];
        if (clitic.Length == 1 && (clitic[0] is 't' or 'T'))
        {
            var word = buffer[start..written];
            if (word.SequenceEqual("won"))
            {
                "will".CopyTo(buffer[start..]);
                written = start + 4;
            }
            else if (!word.SequenceEqual("can") && word.Length > 2 && word[^1] == 'n')
            {
                written--;
            }
        }
        else if (clitic.Length > 2)
        {
            // Not a clitic ("o'clock" aside, names like O'Brien): keep the letters as one word.
            foreach (var c in clitic) buffer[written++] = TextFolding.WordChar(c);
            wordGoesOn = true;
        }
        return end;
    }
}
