using System.Buffers;

namespace Elections.Bots.Core.Privacy;

/// <summary>
/// The <see cref="Redactor"/>'s name detectors: a name after an introduction ("my name is …", "me llamo …"), and a
/// capitalized word the bot does not know ("can Maria Lopez vote").
/// </summary>
internal static class NameFinder
{
    private const int MaxNameWords = 3;

    /// <summary>What ends a sentence, or opens a Spanish one: the next word is capitalized by grammar, not as a name.</summary>
    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create(".?!¿¡:\n\r\"");

    /// <summary>"my name is Ana Ruiz" → "my name is [name]".</summary>
    public static int? IntroducedAt(List<RedactionToken> tokens, int i, List<(int, int, string)> spans)
    {
        foreach (var intro in RedactionWords.NameIntroductions)
        {
            if (Matches(tokens, i, intro) && Words(tokens, i + intro.Length, capitalizedOnly: false) is > 0 and var count)
            {
                return Redactor.Add(spans, tokens, i + intro.Length, i + intro.Length + count - 1, Placeholders.Name);
            }
        }
        foreach (var intro in RedactionWords.CapitalizedIntroductions)
        {
            if (Matches(tokens, i, intro) && Words(tokens, i + intro.Length, capitalizedOnly: true) is > 0 and var count)
            {
                return Redactor.Add(spans, tokens, i + intro.Length, i + intro.Length + count - 1, Placeholders.Name);
            }
        }
        return null;
    }

    /// <summary>
    /// "can Maria Lopez vote early" → "can [name] vote early": capitalized words the bot does not know, in the middle
    /// of a sentence, or two of them opening one ("Maria Lopez here"). A place name may go too; a person's may not stay.
    /// Typed text only: speech transcripts come in lower case, and there only introduced names are found.
    /// </summary>
    public static int? BareAt(List<RedactionToken> tokens, int i, string text, List<(int, int, string)> spans)
    {
        if (!MayBeName(tokens[i], text)) return null;
        var last = i;
        while (last + 1 < tokens.Count && last - i + 1 < MaxNameWords && MayBeName(tokens[last + 1], text) &&
               !SentenceBreakBefore(tokens, last + 1, text))
        {
            last++;
        }
        // "12 Oak St, Millbrook": a capitalized word straight after an address is its town, part of the address.
        if (i > 0 && spans.Count > 0 && spans[^1] is var (start, end, placeholder) && placeholder == Placeholders.Address &&
            end == tokens[i - 1].End && text.AsSpan(end, tokens[i].Start - end).Trim(" ,") is { IsEmpty: true })
        {
            spans[^1] = (start, tokens[last].End, placeholder);
            return last + 1;
        }
        var opensSentence = SentenceBreakBefore(tokens, i, text);
        return opensSentence && last == i ? null : Redactor.Add(spans, tokens, i, last, Placeholders.Name);
    }

    /// <summary>"Maria", "López", "O'Brien": capitalized, with a lower-case letter after (not "ID" or "NW"), and not a word the bot knows.</summary>
    private static bool MayBeName(RedactionToken token, string text)
    {
        if (!token.Capitalized || token.HasDigit) return false;
        foreach (var c in text.AsSpan(token.Start + 1, token.End - token.Start - 1))
        {
            if (char.IsLower(c)) return !KnownWords.All.Contains(token.Folded);
        }
        return false;
    }

    /// <summary>The token starts the text or a sentence: only punctuation that ends one lies between it and the word before.</summary>
    private static bool SentenceBreakBefore(List<RedactionToken> tokens, int i, string text)
    {
        if (i == 0) return true;
        var between = text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);
        return between.ContainsAny(SentenceBreaks);
    }

    /// <summary>How many name words start at <paramref name="first"/>: letters only, up to a stop word.</summary>
    private static int Words(List<RedactionToken> tokens, int first, bool capitalizedOnly)
    {
        var count = 0;
        for (var j = first; j < tokens.Count && count < MaxNameWords; j++, count++)
        {
            var token = tokens[j];
            if (RedactionWords.Stops.Contains(token.Folded) || token.HasDigit) break;
            if (capitalizedOnly && !token.Capitalized) break;
        }
        return count;
    }

    private static bool Matches(List<RedactionToken> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Count) return false;
        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[i + k].Folded, words[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
