using System.Buffers;
using System.Text;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Privacy;

/// <summary>
/// Takes personal data out of a voter's question before it is kept for the office's report: e-mails, phone
/// numbers (written, grouped or said digit by digit), long digit runs (ZIP+4, SSN-like, card-like), house
/// numbers with the street (and town) after them, names after an introduction ("my name is …", "me llamo …"),
/// and capitalized words the bot does not know ("can Maria Lopez vote") each become a placeholder
/// (<see cref="Placeholders"/>). It errs towards removing too much: a question that loses a place name still
/// groups with its kind, a kept name would not be forgiven.
/// </summary>
/// <remarks>
/// Not a named-entity recognizer: a name typed in lower case with no introduction ("is ana ruiz registered"), as
/// speech transcripts arrive, is not found. That is why only fallback and close-call turns are kept at all, for
/// 30 days, without anything that links them to a voter.
/// </remarks>
public static class Redactor
{
    /// <summary>Longest redacted text kept; enough for any real question.</summary>
    public const int MaxLength = 300;

    /// <summary>Longest input read; the rest is dropped unread.</summary>
    private const int MaxInput = 1000;

    /// <summary>Digits in a row (across spaces, dots and dashes) that make a number personal: a ZIP, a phone, an SSN.</summary>
    private const int PersonalDigits = 5;

    private const int MaxStreetWords = 5;

    /// <summary>Punctuation that ends a street written without a street type: "42 oak, where…".</summary>
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",.;:?!");


    // Reused per thread (Redact is synchronous and never re-entered): a question the FAQ missed then allocates only
    // its folded words and the redacted text, not the lists and the builder around them.
    [ThreadStatic] private static List<RedactionToken>? t_tokens;
    [ThreadStatic] private static List<(int Start, int End, string Placeholder)>? t_spans;
    [ThreadStatic] private static StringBuilder? t_output;

    public static string Redact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        if (text.Length > MaxInput) text = text[..MaxInput];

        var spans = t_spans ??= new List<(int Start, int End, string Placeholder)>(8);
        spans.Clear();
        // The expressions run only where an e-mail can be: most questions have no '@' and no " at … dot ".
        if (text.Contains('@', StringComparison.Ordinal))
        {
            foreach (var match in RedactionPatterns.WrittenEmail().EnumerateMatches(text)) spans.Add((match.Index, match.Index + match.Length, Placeholders.Email));
        }
        if (MaySpellAnEmail(text))
        {
            foreach (var match in RedactionPatterns.SpokenEmail().EnumerateMatches(text)) spans.Add((match.Index, match.Index + match.Length, Placeholders.Email));
        }

        var tokens = Tokenize(text);
        try
        {
            for (var i = 0; i < tokens.Count;)
            {
                var next = NameFinder.IntroducedAt(tokens, i, spans) ?? StreetAt(tokens, i, text, spans) ?? LooseStreetAt(tokens, i, text, spans)
                    ?? DigitsAt(tokens, i, text, spans) ?? SpanishStreetAt(tokens, i, spans) ?? NameFinder.BareAt(tokens, i, text, spans);
                i = next ?? i + 1;
            }
            return Apply(text, spans);
        }
        finally
        {
            // The reused lists must not keep a voter's words alive until the next question.
            tokens.Clear();
            spans.Clear();
        }
    }

    /// <summary>
    /// "12 North Oak Street Apt 4" → "[address]": a house number, then a street type within a few words. The last
    /// type in reach ends the street, since names hold types too ("12 Willow Creek Rd").
    /// </summary>
    private static int? StreetAt(List<RedactionToken> tokens, int i, string text, List<(int, int, string)> spans)
    {
        var start = tokens[i];
        if (!start.IsHouseNumber && !RedactionWords.CardinalWords.Contains(start.Folded)) return null;
        var suffix = -1;
        for (var j = i + 1; j < tokens.Count && j <= i + MaxStreetWords; j++)
        {
            var word = tokens[j];
            if (j > i + 1 && RedactionWords.StreetSuffixWords.Contains(word.Folded)) suffix = j;
            else if ((word.IsDigits && !word.IsOrdinal) || (RedactionWords.Stops.Contains(word.Folded) && !IsDirectional(word))) break;
        }
        return suffix < 0 ? null : Add(spans, tokens, i, UnitAfter(tokens, suffix, text), Placeholders.Address);
    }

    /// <summary>The street's last token, taking a directional and an apartment after it ("St NW Apt 4B", "Ave #12").</summary>
    private static int UnitAfter(List<RedactionToken> tokens, int end, string text)
    {
        if (end + 1 < tokens.Count && IsDirectional(tokens[end + 1])) end++;
        if (end + 2 < tokens.Count && RedactionWords.Units.Contains(tokens[end + 1].Folded)) return end + 2;
        if (end + 1 < tokens.Count && tokens[end + 1].Start > 0 && text[tokens[end + 1].Start - 1] == '#') return end + 1;
        return end;
    }

    /// <summary>"(555) 010-4477", "five five five oh one four two", "99961-1234": five or more digits in a row.</summary>
    private static int? DigitsAt(List<RedactionToken> tokens, int i, string text, List<(int, int, string)> spans)
    {
        var digits = 0;
        var last = i - 1;
        for (var j = i; j < tokens.Count; j++)
        {
            var token = tokens[j];
            var isDigits = token.IsDigits || RedactionWords.Digits.Contains(token.Folded);
            if (!isDigits || (j > i && !NumberSeparator(text.AsSpan(tokens[j - 1].End, token.Start - tokens[j - 1].End)))) break;
            digits += token.IsDigits ? token.Folded.Length : 1;
            last = j;
        }
        // "March 9 2027" is a date: a year after a day is not part of a number.
        if (last > i && IsYear(tokens[last]) && digits - 4 <= 2) digits -= 4;
        if (digits < PersonalDigits) return null;
        var phone = digits is 7 or 10 or 11;
        var end = Add(spans, tokens, i, last, phone ? Placeholders.Phone : Placeholders.Number);
        // "(555) 010-4477", "+1 555…": the bracket or plus before the first digit goes with the number.
        var (first, stop, placeholder) = spans[^1];
        while (first > 0 && text[first - 1] is '(' or '+') first--;
        spans[^1] = (first, stop, placeholder);
        return end;
    }

    private static bool IsYear(RedactionToken token) =>
        token.IsDigits && token.Folded.Length == 4 && token.Folded[0] is '1' or '2' && token.Folded[1] is '9' or '0';

    /// <summary>Between the groups of one number: spaces, dots, dashes, parentheses, a plus (not a slash: dates stay).</summary>
    private static bool NumberSeparator(ReadOnlySpan<char> between)
    {
        if (between.Length > 4) return false;
        foreach (var c in between)
        {
            if (!(char.IsWhiteSpace(c) || c is '.' or '-' or '(' or ')' or '+' or ',' or '–')) return false;
        }
        return true;
    }

    /// <summary>"calle Robles 123", "Avenida de la Paz 45" → "[address]": the Spanish order, type first and number last.</summary>
    private static int? SpanishStreetAt(List<RedactionToken> tokens, int i, List<(int, int, string)> spans)
    {
        if (!RedactionWords.StreetTypesFirst.Contains(tokens[i].Folded)) return null;
        for (var j = i + 1; j < tokens.Count && j <= i + MaxStreetWords; j++)
        {
            if (tokens[j].IsHouseNumber) return Add(spans, tokens, i, j, Placeholders.Address);
            if (RedactionWords.Stops.Contains(tokens[j].Folded) && tokens[j].Folded is not ("de" or "del" or "la" or "los" or "las" or "el")) return null;
        }
        return null;
    }

    /// <summary>"I live at 42 oak, where…" → "[address], where…": a house number and the words after it, without a street type.</summary>
    private static int? LooseStreetAt(List<RedactionToken> tokens, int i, string text, List<(int, int, string)> spans)
    {
        var start = tokens[i];
        if (!start.IsHouseNumber || i + 1 >= tokens.Count) return null;
        var end = i;
        for (var j = i + 1; j < tokens.Count && j <= i + MaxStreetWords; j++)
        {
            var word = tokens[j];
            if (RedactionWords.Stops.Contains(word.Folded) || RedactionWords.Quantities.Contains(word.Folded) ||
                (word.IsDigits && !word.IsOrdinal) || text.AsSpan(tokens[j - 1].End, word.Start - tokens[j - 1].End).ContainsAny(ClauseBreaks))
            {
                break;
            }
            end = j;
        }
        return end > i ? Add(spans, tokens, i, end, Placeholders.Address) : null;
    }

    private static bool IsDirectional(RedactionToken token) => RedactionWords.DirectionalWords.Contains(token.Folded);

    private static bool MaySpellAnEmail(string text) =>
        (text.Contains(" at ", StringComparison.OrdinalIgnoreCase) || text.Contains("arroba", StringComparison.OrdinalIgnoreCase)) &&
        (text.Contains(" dot ", StringComparison.OrdinalIgnoreCase) || text.Contains(" punto ", StringComparison.OrdinalIgnoreCase));

    /// <summary>Marks tokens <paramref name="first"/>…<paramref name="last"/> for the placeholder; returns the token to read next.</summary>
    internal static int Add(List<(int Start, int End, string Placeholder)> spans, List<RedactionToken> tokens, int first, int last, string placeholder)
    {
        spans.Add((tokens[first].Start, tokens[last].End, placeholder));
        return last + 1;
    }

    /// <summary>Words as the redactor sees them: letters, digits and inner apostrophes or hyphens between letters.</summary>
    private static List<RedactionToken> Tokenize(string text)
    {
        var tokens = t_tokens ??= new List<RedactionToken>(64);
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (Joins(text, i) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))))
            {
                i++;
            }
            tokens.Add(new RedactionToken(start, i, Fold(text.AsSpan(start, i - start)), char.IsUpper(text[start])));
        }
        return tokens;
    }

    /// <summary>Lower case without accents or apostrophes ("O'Brien" → "obrien", "I'm" → "im"), as the word lists are written.</summary>
    internal static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> folded = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (TextFolding.WordChar(c) is var f and not '\0') folded[length++] = f;
        }
        return new string(folded[..length]);
    }

    private static bool Joins(string text, int i) => TextFolding.IsApostrophe(text[i]) || text[i] == '-';

    /// <summary>Replaces the spans (overlaps merged), collapses white space and caps the length, in one pass.</summary>
    private static string Apply(string text, List<(int Start, int End, string Placeholder)> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var output = t_output ??= new StringBuilder(MaxLength + 16);
        output.Clear();
        var position = 0;
        foreach (var (start, end, placeholder) in spans)
        {
            if (end <= position) continue;
            if (start >= position)
            {
                AppendCollapsed(output, text.AsSpan(position, start - position));
                output.Append(placeholder);
            }
            position = end;
        }
        AppendCollapsed(output, text.AsSpan(position));
        var length = output.Length;
        while (length > 0 && output[length - 1] == ' ') length--;
        if (length <= MaxLength) return output.ToString(0, length);
        var cut = output.ToString(0, MaxLength + 1).LastIndexOf(' ');
        return output.ToString(0, cut > MaxLength / 2 ? cut : MaxLength);
    }

    /// <summary>Runs of white space become one space; none at the start.</summary>
    private static void AppendCollapsed(StringBuilder output, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) output.Append(c);
            else if (output.Length > 0 && output[^1] != ' ') output.Append(' ');
        }
    }
}
