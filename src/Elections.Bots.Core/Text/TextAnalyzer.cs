namespace Elections.Bots.Core.Text;

/// <summary>
/// Turns a text's words into canonical terms for one language: multi-word expressions become one term
/// ("sign up"→register), function words drop out, words are stemmed and synonyms share one term
/// (absentee→mail). The FAQ ranker and the intent matcher index and query through the same analyzer, so a
/// word always meets its own kind. Immutable and allocation-free per call.
/// </summary>
public sealed class TextAnalyzer
{
    private static readonly TextAnalyzer EnglishSearch = new(
        Locale.English, EnglishLexicon.StopWords, EnglishLexicon.QuestionWords, EnglishLexicon.Synonyms, EnglishLexicon.Phrases);
    private static readonly TextAnalyzer SpanishSearch = new(
        Locale.Spanish, SpanishLexicon.StopWords, SpanishLexicon.QuestionWords, SpanishLexicon.Synonyms, SpanishLexicon.Phrases);
    private static readonly TextAnalyzer EnglishIntents = new(
        Locale.English, EnglishLexicon.FillerWords, [], EnglishLexicon.Synonyms, EnglishLexicon.Phrases);
    private static readonly TextAnalyzer SpanishIntents = new(
        Locale.Spanish, SpanishLexicon.FillerWords, [], SpanishLexicon.Synonyms, SpanishLexicon.Phrases);

    // After these a question word still opens a question: "how and when", "¿a dónde?", "¿hasta cuándo?".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers =
        new[] { "and", "or", "but", "y", "o", "pero", "e", "u", "a", "de", "por", "para", "hasta", "desde", "con" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ignored;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _questionWords;
    private readonly Vocabulary _vocabulary;

    private TextAnalyzer(
        Locale locale,
        string[] ignoredWords,
        string[] questionWords,
        (string Canonical, string[] Variants)[] synonyms,
        (string Phrase, string Canonical)[] phrases)
    {
        Locale = locale;
        _ignored = ignoredWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _questionWords = questionWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _vocabulary = new Vocabulary(locale, StemWord, synonyms, phrases);
    }

    public Locale Locale { get; }

    /// <summary>For ranking FAQ text: drops every function word.</summary>
    public static TextAnalyzer ForSearch(Locale locale) => locale == Locale.Spanish ? SpanishSearch : EnglishSearch;

    /// <summary>For matching intents: keeps question words and pronouns ("am I" versus "how do I").</summary>
    public static TextAnalyzer ForIntents(Locale locale) => locale == Locale.Spanish ? SpanishIntents : EnglishIntents;

    /// <summary>Stems a folded word in place and returns its new length.</summary>
    public int Stem(Span<char> word) => Locale == Locale.Spanish ? SpanishStemmer.Stem(word) : EnglishStemmer.Stem(word);

    /// <summary>
    /// Writes the canonical terms of <paramref name="tokens"/> (folded words in <paramref name="folded"/>) into
    /// <paramref name="output"/> and returns how many; each term keeps the source range of the words it came from.
    /// </summary>
    public int Analyze(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, Span<char> output, Span<Token> terms)
    {
        var count = Math.Min(tokens.Length, Tokenizer.MaxTokens);
        Span<char> stems = stackalloc char[Tokenizer.MaxChars];
        Span<Token> stemTokens = stackalloc Token[count];
        Span<bool> ignored = stackalloc bool[count];
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            var word = folded.Slice(tokens[i].Start, tokens[i].Length);
            if (position + word.Length > stems.Length)
            {
                count = i;
                break;
            }
            // "Who can vote?" asks; "voters who can't see" only joins clauses: question words count where a
            // clause starts.
            ignored[i] = _ignored.Contains(word) || (_questionWords.Contains(word) && !StartsClause(folded, tokens, i));
            word.CopyTo(stems[position..]);
            var length = Stem(stems.Slice(position, word.Length));
            stemTokens[i] = new Token(position, length, tokens[i].SourceStart, tokens[i].SourceEnd);
            position += word.Length;
        }

        var termCount = 0;
        var written = 0;
        for (var i = 0; i < count && termCount < terms.Length;)
        {
            var phraseLength = _vocabulary.MatchPhrase(stems, stemTokens[i..count], ignored[i..count], out var phrase);
            scoped ReadOnlySpan<char> term;
            var last = i;
            if (phraseLength > 0)
            {
                term = phrase;
                last = i + phraseLength - 1;
            }
            else if (ignored[i])
            {
                i++;
                continue;
            }
            else
            {
                var asTyped = folded.Slice(tokens[i].Start, tokens[i].Length);
                term = _vocabulary.Canonical(asTyped, stems.Slice(stemTokens[i].Start, stemTokens[i].Length));
            }
            if (written + term.Length > output.Length) break;
            term.CopyTo(output[written..]);
            terms[termCount++] = new Token(written, term.Length, stemTokens[i].SourceStart, stemTokens[last].SourceEnd);
            written += term.Length;
            i = last + 1;
        }
        return termCount;
    }

    /// <summary>The canonical terms of a whole string; for building indexes, not for the per-turn path.</summary>
    public string[] AnalyzeToStrings(string text)
    {
        Span<char> folded = stackalloc char[Tokenizer.MaxChars];
        Span<Token> tokens = stackalloc Token[Tokenizer.MaxTokens];
        Span<char> output = stackalloc char[Tokenizer.MaxChars * 2];
        Span<Token> terms = stackalloc Token[Tokenizer.MaxTokens];
        var result = new List<string>();
        // Index text (FAQ answers) may be longer than one turn: analyze it in turn-sized pieces cut at spaces.
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var piece = rest.Length <= Tokenizer.MaxChars ? rest : rest[..(rest[..Tokenizer.MaxChars].LastIndexOf(' ') + 1)];
            if (piece.IsEmpty) piece = rest[..Tokenizer.MaxChars];
            var tokenCount = Tokenizer.Tokenize(piece, folded, tokens);
            var termCount = Analyze(folded, tokens[..tokenCount], output, terms);
            foreach (var term in terms[..termCount]) result.Add(new string(output.Slice(term.Start, term.Length)));
            rest = rest[piece.Length..];
        }
        return [.. result];
    }

    private static bool StartsClause(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].StartsClause || (i > 0 && Openers.Contains(folded.Slice(tokens[i - 1].Start, tokens[i - 1].Length)));

    private string StemWord(string word)
    {
        var folded = TextFolding.FoldWord(word);
        Span<char> buffer = stackalloc char[folded.Length];
        folded.CopyTo(buffer);
        return new string(buffer[..Stem(buffer)]);
    }
}
