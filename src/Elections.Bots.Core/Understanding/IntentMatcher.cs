using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Understanding;

/// <summary>
/// The bot model's utterances of one language as weighted term sets. A text matches an utterance by weighted
/// Dice similarity: words both share count twice, words only one has count against it, rare words weigh more
/// (idf over all utterances), and words no utterance knows weigh most — so the match stays conservative.
/// A slot with carriers ("I live at {Address}") leaves its carrier and value out; the caller removes the same
/// from the text, so "where do I vote? I live at 12 Oak St" meets "where do I vote".
/// </summary>
internal sealed class IntentMatcher
{
    // Stands for a Language slot value; braces never survive the tokenizer, so no voter's word can be it.
    private const string LanguageTerm = "{language}";
    private const int LanguageTermId = 0;

    private readonly TextAnalyzer _analyzer;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _terms;
    private readonly string[] _intentNames;
    private readonly int[] _utteranceIntent;
    private readonly double[] _utteranceWeight;
    private readonly int[][] _postings;
    private readonly double[] _idf;
    private readonly double _unknownWeight;

    public IntentMatcher(Locale locale, ImmutableArray<IntentDefinition> intents)
    {
        _analyzer = TextAnalyzer.ForIntents(locale);
        _intentNames = [.. intents.Select(i => i.Name)];
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal) { [LanguageTerm] = LanguageTermId };
        var utterances = new List<(int Intent, int[] Terms)>();
        var bare = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < intents.Length; i++)
        {
            // Language changes are understood in either language: "en español" typed into the English bot.
            var samples = intents[i].Name == IntentNames.ChangeLanguage
                ? intents[i].Utterances.English.AddRange(intents[i].Utterances.Spanish)
                : intents[i].Utterances.For(locale);
            foreach (var sample in samples)
            {
                var (text, hasLanguage, carried) = WithoutSlots(sample, intents[i], locale);
                var terms = _analyzer.AnalyzeToStrings(text).Select(t => IdOf(t, termIds)).ToList();
                if (hasLanguage) terms.Add(LanguageTermId);
                if (terms.Count == 0)
                {
                    if (carried is not null) bare.TryAdd(carried, intents[i].Name);
                    continue;
                }
                utterances.Add((i, [.. terms.Distinct()]));
            }
        }
        BareSlotIntents = bare.ToFrozenDictionary(StringComparer.Ordinal);

        _terms = termIds.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var postings = new List<int>[termIds.Count];
        for (var t = 0; t < postings.Length; t++) postings[t] = [];
        for (var u = 0; u < utterances.Count; u++)
        {
            foreach (var term in utterances[u].Terms) postings[term].Add(u);
        }
        _postings = [.. postings.Select(p => p.ToArray())];
        _idf = [.. postings.Select(p => Math.Log(1 + (double)utterances.Count / Math.Max(1, p.Count)))];
        _unknownWeight = Math.Log(1 + (double)utterances.Count);
        _utteranceIntent = [.. utterances.Select(u => u.Intent)];
        _utteranceWeight = [.. utterances.Select(u => u.Terms.Sum(t => _idf[t]))];
    }

    /// <summary>For a slot that arrives alone with its carrier ("my address is …", "ask …"), the intent the model gives it.</summary>
    public FrozenDictionary<string, string> BareSlotIntents { get; }

    /// <summary>
    /// Matches the words not marked in <paramref name="skip"/>; <paramref name="languageValue"/> says a Language
    /// slot value was among the skipped words.
    /// </summary>
    public IntentMatch Match(Words words, ReadOnlySpan<bool> skip, bool languageValue)
    {
        Span<Token> kept = stackalloc Token[words.Count];
        var keptCount = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!skip[i]) kept[keptCount++] = words.Tokens[i];
        }
        Span<char> termText = stackalloc char[Tokenizer.MaxChars * 2];
        Span<Token> terms = stackalloc Token[Tokenizer.MaxTokens];
        var termCount = _analyzer.Analyze(words.Folded, kept[..keptCount], termText, terms);

        Span<int> ids = stackalloc int[termCount + 1];
        var distinct = 0;
        var textWeight = 0.0;
        if (languageValue)
        {
            ids[distinct++] = LanguageTermId;
            textWeight += _idf[LanguageTermId];
        }
        foreach (var term in terms[..termCount])
        {
            if (!_terms.TryGetValue(termText.Slice(term.Start, term.Length), out var id))
            {
                textWeight += _unknownWeight;
                continue;
            }
            if (ids[..distinct].Contains(id)) continue;
            ids[distinct++] = id;
            textWeight += _idf[id];
        }
        return Best(ids[..distinct], textWeight, termCount);
    }

    private IntentMatch Best(ReadOnlySpan<int> ids, double textWeight, int termCount)
    {
        if (textWeight <= 0) return new IntentMatch(null, 0, null, 0, termCount);
        var utterances = _utteranceWeight.Length;
        Span<double> matched = utterances <= 2048 ? stackalloc double[utterances] : new double[utterances];
        matched.Clear();
        foreach (var id in ids)
        {
            foreach (var u in _postings[id]) matched[u] += _idf[id];
        }
        Span<double> perIntent = stackalloc double[_intentNames.Length];
        perIntent.Clear();
        for (var u = 0; u < matched.Length; u++)
        {
            if (matched[u] <= 0) continue;
            var dice = 2 * matched[u] / (textWeight + _utteranceWeight[u]);
            var intent = _utteranceIntent[u];
            if (dice > perIntent[intent]) perIntent[intent] = dice;
        }
        int best = -1, second = -1;
        for (var i = 0; i < perIntent.Length; i++)
        {
            if (perIntent[i] <= 0) continue;
            if (best < 0 || perIntent[i] > perIntent[best])
            {
                second = best;
                best = i;
            }
            else if (second < 0 || perIntent[i] > perIntent[second])
            {
                second = i;
            }
        }
        return new IntentMatch(
            best < 0 ? null : _intentNames[best], best < 0 ? 0 : perIntent[best],
            second < 0 ? null : _intentNames[second], second < 0 ? 0 : perIntent[second],
            termCount);
    }

    // "where do I vote I live at {Address}" → "where do I vote"; "{Language} please" → "please" plus the language term.
    private static (string Text, bool HasLanguage, string? CarriedSlot) WithoutSlots(
        string utterance, IntentDefinition intent, Locale locale)
    {
        var words = new List<string>();
        var hasLanguage = false;
        string? carried = null;
        var rest = utterance.AsSpan();
        while (!rest.IsEmpty)
        {
            var open = rest.IndexOf('{');
            if (open < 0)
            {
                words.AddRange(Phrases.Words(rest.ToString()));
                break;
            }
            words.AddRange(Phrases.Words(rest[..open].ToString()));
            var close = rest.IndexOf('}');
            var name = rest[(open + 1)..close].ToString();
            rest = rest[(close + 1)..];
            if (name == SlotNames.Language)
            {
                hasLanguage = true;
                continue;
            }
            var carriers = intent.Slot(name)?.Carriers.For(locale) ?? [];
            foreach (var carrier in Phrases.LongestFirst(carriers))
            {
                if (words.Count >= carrier.Length && words[^carrier.Length..].SequenceEqual(carrier))
                {
                    words.RemoveRange(words.Count - carrier.Length, carrier.Length);
                    break;
                }
            }
            carried ??= name;
        }
        return (string.Join(' ', words), hasLanguage, carried);
    }

    private static int IdOf(string term, Dictionary<string, int> ids)
    {
        if (!ids.TryGetValue(term, out var id))
        {
            id = ids.Count;
            ids[term] = id;
        }
        return id;
    }
}
