using System.Buffers;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Faq;

/// <summary>
/// The FAQ entries of one language as term postings, ranked by how much of the question's information an entry
/// covers. Question and alternates count fully, the answer partly; rarer words weigh more (BM25 idf). The score
/// blends that coverage with how completely the best-matching phrasing is covered, then discounts questions that
/// carry too little information to be sure of ("who should I vote for" has one real word).
/// </summary>
internal sealed class FaqLocaleIndex
{
    /// <summary>Question plus up to seven alternates: one bit each in <see cref="FaqPosting.Phrasings"/>.</summary>
    public const int MaxPhrasings = 8;

    private const double PhrasingCredit = 0.7;
    private const double AnswerCredit = 0.45;
    private const double RepeatedAnswerCredit = AnswerCredit + 0.15;
    private const double CoverageShare = 0;
    // F-beta with beta² = 4: a phrasing that contains every word the voter used fits even when it says more
    // ("How do I register to vote in Millbrook County?"); words the voter used and it lacks cost more.
    private const double PairShare = 0.1;
    private const double RecallBias = 4;
    private const double AnswerOnlyFrequency = 0.3;
    // Information (sum of idf) a question must match before its score counts in full: about one rare word
    // plus one ordinary one.
    private const double EvidenceFloor = 1.5;

    private readonly TextAnalyzer _analyzer;
    private readonly FaqEntry[] _entries;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _terms;
    private readonly double[] _idf;
    private readonly FaqPosting[][] _postings;
    private readonly double[] _phrasingWeight;
    private readonly double _unknownWeight;
    private readonly FrozenDictionary<long, int[]> _pairs;
    private const double UnknownDf = 8;

    public FaqLocaleIndex(Locale locale, IEnumerable<FaqEntry> entries)
    {
        _analyzer = TextAnalyzer.ForSearch(locale);
        _entries = [.. entries];
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<Dictionary<int, (byte Phrasings, int Answer)>>();
        _phrasingWeight = new double[_entries.Length * MaxPhrasings];
        var phrasingTerms = new List<int>[_entries.Length * MaxPhrasings];
        var pairs = new Dictionary<long, HashSet<int>>();

        for (var e = 0; e < _entries.Length; e++)
        {
            var entry = _entries[e];
            var phrasings = entry.Alternates.IsDefault ? [entry.Question] : entry.Alternates.Insert(0, entry.Question);
            for (var p = 0; p < Math.Min(phrasings.Length, MaxPhrasings); p++)
            {
                var distinct = new List<int>();
                var previous = -1;
                foreach (var term in _analyzer.AnalyzeToStrings(phrasings[p]))
                {
                    var id = IdOf(term, termIds, postings);
                    if (previous >= 0 && previous != id)
                    {
                        var key = PairKey(previous, id);
                        if (!pairs.TryGetValue(key, out var withPair)) pairs[key] = withPair = [];
                        withPair.Add(e);
                    }
                    previous = id;
                    var (mask, answer) = postings[id].GetValueOrDefault(e);
                    postings[id][e] = ((byte)(mask | (1 << p)), answer);
                    if (!distinct.Contains(id)) distinct.Add(id);
                }
                phrasingTerms[e * MaxPhrasings + p] = distinct;
            }
            foreach (var term in _analyzer.AnalyzeToStrings(WithoutLinks(entry.Answer)))
            {
                var id = IdOf(term, termIds, postings);
                var (mask, answer) = postings[id].GetValueOrDefault(e);
                postings[id][e] = (mask, answer + 1);
            }
        }

        var n = Math.Max(_entries.Length, 1);
        _idf = new double[postings.Count];
        _postings = new FaqPosting[postings.Count][];
        for (var t = 0; t < postings.Count; t++)
        {
            // Questions are matched mostly against questions: a word every answer mentions in passing
            // ("register") still tells questions apart, so answer-only occurrences count for less.
            var df = postings[t].Values.Sum(p => p.Phrasings != 0 ? 1.0 : AnswerOnlyFrequency);
            _idf[t] = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
            _postings[t] = [.. postings[t].Select(p => new FaqPosting(p.Key, p.Value.Phrasings, (byte)Math.Min(p.Value.Answer, 255)))];
        }
        for (var i = 0; i < phrasingTerms.Length; i++)
        {
            _phrasingWeight[i] = phrasingTerms[i]?.Sum(t => _idf[t]) ?? 0;
        }
        // A word the FAQ never uses counts like a fairly common one: it should lower confidence ("weather" in
        // an election question), without sinking a long, chatty question that also says what it is about.
        _unknownWeight = Math.Log(1 + (n - n / UnknownDf + 0.5) / (n / UnknownDf + 0.5));
        _terms = termIds.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _pairs = pairs.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public int Count => _entries.Length;

    public FaqSearchResult Search(ReadOnlySpan<char> text, DateOnly today)
    {
        Span<char> folded = stackalloc char[Tokenizer.MaxChars];
        Span<Token> tokens = stackalloc Token[Tokenizer.MaxTokens];
        Span<char> termText = stackalloc char[Tokenizer.MaxChars * 2];
        Span<Token> terms = stackalloc Token[Tokenizer.MaxTokens];
        var tokenCount = Tokenizer.Tokenize(text, folded, tokens);
        var termCount = _analyzer.Analyze(folded, tokens[..tokenCount], termText, terms);

        Span<int> sequence = stackalloc int[termCount];
        Span<int> ids = stackalloc int[termCount];
        var distinct = 0;
        var queryWeight = 0.0;
        for (var i = 0; i < termCount; i++)
        {
            if (!_terms.TryGetValue(termText.Slice(terms[i].Start, terms[i].Length), out var id))
            {
                // Unknown words differ from each other; each counts.
                sequence[i] = -1;
                queryWeight += _unknownWeight;
                continue;
            }
            sequence[i] = id;
            if (ids[..distinct].Contains(id)) continue;
            ids[distinct++] = id;
            queryWeight += _idf[id];
        }
        if (distinct == 0 || _entries.Length == 0) return FaqSearchResult.None;

        var size = _entries.Length * (MaxPhrasings + 2);
        double[]? rented = null;
        var scratch = size <= 1024 ? stackalloc double[size] : (rented = ArrayPool<double>.Shared.Rent(size)).AsSpan(0, size);
        scratch.Clear();
        try
        {
            Accumulate(ids[..distinct], sequence, queryWeight, scratch);
            Span<(int Entry, double Score)> top = stackalloc (int, double)[FaqRanking.MaxHits];
            var found = 0;
            for (var e = 0; e < _entries.Length; e++)
            {
                if (scratch[e] <= 0 || !_entries[e].IsValidOn(today)) continue;
                found = FaqRanking.Insert(top, found, (e, Score(e, scratch, queryWeight, out _)));
            }
            return FaqRanking.Decide(top[..found], _entries);
        }
        finally
        {
            if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        }
    }

    // Scratch layout: [entries] information covered, [entries] adjacent-pair bonus, [entries × phrasings]
    // information matched per phrasing.
    private void Accumulate(ReadOnlySpan<int> ids, ReadOnlySpan<int> sequence, double queryWeight, Span<double> scratch)
    {
        var covered = scratch[.._entries.Length];
        var pairBonus = scratch[_entries.Length..(2 * _entries.Length)];
        var phrasingMatched = scratch[(2 * _entries.Length)..];
        foreach (var id in ids)
        {
            var weight = _idf[id];
            foreach (var posting in _postings[id])
            {
                var credit = posting.Phrasings != 0 ? PhrasingCredit : posting.AnswerCount > 1 ? RepeatedAnswerCredit : AnswerCredit;
                covered[posting.Entry] += weight * credit;
                for (int bits = posting.Phrasings, p = 0; bits != 0; bits >>= 1, p++)
                {
                    if ((bits & 1) != 0) phrasingMatched[posting.Entry * MaxPhrasings + p] += weight;
                }
            }
        }
        for (var i = 1; i < sequence.Length; i++)
        {
            if (sequence[i - 1] < 0 || sequence[i] < 0 || sequence[i - 1] == sequence[i]) continue;
            if (!_pairs.TryGetValue(PairKey(sequence[i - 1], sequence[i]), out var withPair)) continue;
            var share = (_idf[sequence[i - 1]] + _idf[sequence[i]]) / queryWeight;
            foreach (var e in withPair) pairBonus[e] += share;
        }
    }

    // Each phrasing is scored as an F-measure: its precision is how much of it the voter's words cover; its
    // recall is how much of the voter's information it covers, helped by the rest of the entry (other phrasings,
    // the answer) at partial credit, so "can I vote if I'm a citizen abroad" still finds an answer that says it.
    // Words the voter used side by side, as a phrasing uses them ("drop box", "poll worker"), add a little.
    private double Score(int e, ReadOnlySpan<double> scratch, double queryWeight, out (double Coverage, double Fit, double Pairs) parts)
    {
        var covered = scratch[e];
        var phrasingMatched = scratch.Slice(2 * _entries.Length + e * MaxPhrasings, MaxPhrasings);
        var fit = 0.0;
        for (var p = 0; p < MaxPhrasings; p++)
        {
            var total = _phrasingWeight[e * MaxPhrasings + p];
            var matched = phrasingMatched[p];
            if (total <= 0 || matched <= 0) continue;
            var precision = matched / total;
            var recall = Math.Min(1.0, (covered + (1 - PhrasingCredit) * matched) / queryWeight);
            fit = Math.Max(fit, (1 + RecallBias) * precision * recall / (RecallBias * precision + recall));
        }
        var coverage = covered / queryWeight;
        var pairs = Math.Min(1.0, scratch[_entries.Length + e]);
        parts = (coverage, fit, pairs);
        var evidence = Math.Min(1.0, covered / EvidenceFloor);
        return Math.Min(1.0, (CoverageShare * coverage + (1 - CoverageShare) * fit + PairShare * pairs) * evidence);
    }

    internal IEnumerable<string> Explain(string text, DateOnly today)
    {
        var terms = _analyzer.AnalyzeToStrings(text);
        yield return string.Join(" ", terms.Select(t => _terms.Dictionary.TryGetValue(t, out var id) ? $"{t}({_idf[id]:F2})" : $"{t}(?{_unknownWeight:F2})"));
        var sequence = terms.Select(t => _terms.Dictionary.TryGetValue(t, out var id) ? id : -1).ToArray();
        var ids = sequence.Where(i => i >= 0).Distinct().ToArray();
        var queryWeight = ids.Sum(i => _idf[i]) + sequence.Count(i => i < 0) * _unknownWeight;
        var scratch = new double[_entries.Length * (MaxPhrasings + 2)];
        Accumulate(ids, sequence, queryWeight, scratch);
        var rows = Enumerable.Range(0, _entries.Length)
            .Select(e => (e, score: Score(e, scratch, queryWeight, out var parts), parts))
            .OrderByDescending(x => x.score).Take(4).ToList();
        foreach (var (e, score, parts) in rows)
        {
            yield return $"   {_entries[e].Id,-24} {score:F2} cov={parts.Coverage:F2} fit={parts.Fit:F2} pairs={parts.Pairs:F2}";
        }
    }

    public FaqEntry? Find(string id)
    {
        foreach (var entry in _entries)
        {
            if (entry.Id == id) return entry;
        }
        return null;
    }

    // Web and email addresses in answers ("…/am-i-registered") are for reading, not for matching.
    private static string WithoutLinks(string answer) =>
        string.Join(' ', answer.Split(' ').Where(word => !word.Contains('@') && !word.Contains('/') && !word.Contains(".org") && !word.Contains(".com")));

    // Word pairs are unordered: "ballot drop box" and "drop box for ballots" share the pair.
    private static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static int IdOf(string term, Dictionary<string, int> ids, List<Dictionary<int, (byte, int)>> postings)
    {
        if (!ids.TryGetValue(term, out var id))
        {
            id = ids.Count;
            ids[term] = id;
            postings.Add([]);
        }
        return id;
    }
}
