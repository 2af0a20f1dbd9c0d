using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Faq;

/// <summary>
/// The FAQ entries of one language as term statistics: postings per term, two idf weights, each phrasing's
/// and answer's total weight, and which word pairs the phrasings use side by side. Built once, read-only.
/// </summary>
internal sealed class FaqTermStatistics
{
    /// <summary>Question plus up to seven alternates: one bit each in <see cref="FaqPosting.Phrasings"/>.</summary>
    public const int MaxPhrasings = 8;

    // Questions are matched mostly against questions: a word every answer mentions in passing ("register")
    // still tells questions apart, so an entry that has it only in its answer counts as this much of one.
    private const double AnswerOnlyFrequency = 0.3;

    // A word the FAQ never uses weighs like one that 1 in 16 entries use: enough to lower confidence in
    // "what's the weather tomorrow", not enough to sink a chatty question that also says what it is about.
    private const double UnknownFrequency = 1.0 / 16;

    public FaqTermStatistics(TextAnalyzer analyzer, FaqEntry[] entries)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var occurrences = new List<Dictionary<int, (byte Phrasings, int Answer)>>();
        var phrasingTerms = new HashSet<int>[entries.Length * MaxPhrasings];
        var pairs = new Dictionary<long, HashSet<int>>();
        for (var e = 0; e < entries.Length; e++)
        {
            var phrasings = entries[e].Alternates.IsDefault ? [entries[e].Question] : entries[e].Alternates.Insert(0, entries[e].Question);
            for (var p = 0; p < Math.Min(phrasings.Length, MaxPhrasings); p++)
            {
                var distinct = phrasingTerms[e * MaxPhrasings + p] = [];
                var previous = -1;
                foreach (var term in analyzer.AnalyzeToStrings(phrasings[p]))
                {
                    var id = IdOf(term, termIds, occurrences);
                    var (mask, answer) = occurrences[id].GetValueOrDefault(e);
                    occurrences[id][e] = ((byte)(mask | (1 << p)), answer);
                    distinct.Add(id);
                    if (previous >= 0 && previous != id) Add(pairs, PairKey(previous, id), e);
                    previous = id;
                }
            }
            foreach (var term in analyzer.AnalyzeToStrings(WithoutLinks(entries[e].Answer)))
            {
                var id = IdOf(term, termIds, occurrences);
                var (mask, answer) = occurrences[id].GetValueOrDefault(e);
                occurrences[id][e] = (mask, answer + 1);
            }
        }

        var n = Math.Max(entries.Length, 1);
        Idf = [.. occurrences.Select(o => InverseFrequency(n, o.Values.Sum(v => v.Phrasings != 0 ? 1.0 : AnswerOnlyFrequency)))];
        PhrasingIdf = [.. occurrences.Select(o => InverseFrequency(n, o.Count))];
        Postings = [.. occurrences.Select(o => o.Select(p => new FaqPosting(p.Key, p.Value.Phrasings, (byte)Math.Min(p.Value.Answer, 255))).ToArray())];
        PhrasingWeight = [.. phrasingTerms.Select(terms => terms?.Sum(t => PhrasingIdf[t]) ?? 0)];
        AnswerWeight = new double[entries.Length];
        for (var t = 0; t < occurrences.Count; t++)
        {
            foreach (var (e, (_, answer)) in occurrences[t])
            {
                if (answer > 0) AnswerWeight[e] += Idf[t];
            }
        }
        RareWeight = InverseFrequency(n, 1);
        UnknownWeight = Math.Min(InverseFrequency(n, n * UnknownFrequency), RareWeight);
        Terms = termIds.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Pairs = pairs.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Terms { get; }

    /// <summary>Weight of a term in the voter's question (BM25 idf, answer-only uses discounted).</summary>
    public double[] Idf { get; }

    /// <summary>
    /// Weight of a term inside a phrasing, by how many entries use it anywhere: the jurisdiction's name in
    /// "…in Millbrook County?" is in every answer and costs a phrasing almost nothing.
    /// </summary>
    public double[] PhrasingIdf { get; }

    public FaqPosting[][] Postings { get; }

    /// <summary>Per entry × <see cref="MaxPhrasings"/>: the phrasing's total <see cref="PhrasingIdf"/>.</summary>
    public double[] PhrasingWeight { get; }

    /// <summary>Per entry: the answer's total <see cref="Idf"/>.</summary>
    public double[] AnswerWeight { get; }

    public double UnknownWeight { get; }

    /// <summary>The weight of a word only one entry uses: the scale every other weight is read against.</summary>
    public double RareWeight { get; }

    /// <summary>Unordered adjacent term pairs of the phrasings → entries that use them.</summary>
    public FrozenDictionary<long, int[]> Pairs { get; }

    // Unordered: "ballot drop box" and "drop box for ballots" share the pair.
    public static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static double InverseFrequency(int entries, double frequency) => Math.Log(1 + (entries - frequency + 0.5) / (frequency + 0.5));

    // Web and email addresses in answers ("…/am-i-registered") are for reading, not for matching.
    private static string WithoutLinks(string answer) =>
        string.Join(' ', answer.Split(' ').Where(word => !word.Contains('@') && !word.Contains('/') && !word.Contains(".org") && !word.Contains(".com")));

    private static void Add(Dictionary<long, HashSet<int>> pairs, long key, int entry)
    {
        if (!pairs.TryGetValue(key, out var entries)) pairs[key] = entries = [];
        entries.Add(entry);
    }

    private static int IdOf(string term, Dictionary<string, int> ids, List<Dictionary<int, (byte, int)>> occurrences)
    {
        if (!ids.TryGetValue(term, out var id))
        {
            id = ids.Count;
            ids[term] = id;
            occurrences.Add([]);
        }
        return id;
    }
}
