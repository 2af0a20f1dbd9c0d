namespace Elections.Bots.Core.Faq;

/// <summary>
/// Scores every entry for one question in a caller-provided scratch buffer (no allocation). Each phrasing is
/// scored as an F-measure: its precision is how much of the phrasing the voter's words cover; its recall how
/// much of the voter's information it covers, helped at partial credit by the rest of the entry (other
/// phrasings, the answer). The answer also counts as one long phrasing, at reduced weight. Word pairs used side
/// by side as a phrasing uses them add a little; very little matched information scales the score down.
/// </summary>
internal readonly ref struct FaqScorer
{
    private const int Phrasings = FaqTermStatistics.MaxPhrasings;

    // A query word found in another phrasing or only in the answer counts this much toward a phrasing's recall.
    private const double PhrasingCredit = 0.7;
    private const double AnswerCredit = 0.45;
    private const double RepeatedAnswerCredit = 0.6;

    // F-beta with beta² = 2: a phrasing that holds every word the voter used fits even when it says more;
    // words the voter used and it lacks cost more.
    private const double RecallBias = 2;
    private const double AnswerFitShare = 0.4;
    // The answer's precision is measured against a question-sized share of it (in idf), so a rare word only the
    // answer uses ("citizen") still points at it.
    private const double AnswerSpan = 6;
    private const double PairShare = 0.1;
    // Matched information below this share of one rare word's weight scales the score down: one common word
    // is not a question. Relative, so a five-entry FAQ and a five-hundred-entry one behave alike.
    private const double EvidenceFloor = 0.44;

    private readonly FaqTermStatistics _statistics;
    private readonly int _entries;
    private readonly Span<double> _covered;
    private readonly Span<double> _pairs;
    private readonly Span<double> _answerMatched;
    private readonly Span<double> _phrasingRecall;
    private readonly Span<double> _phrasingPrecision;

    public FaqScorer(FaqTermStatistics statistics, int entries, Span<double> scratch)
    {
        _statistics = statistics;
        _entries = entries;
        scratch.Clear();
        _covered = scratch[..entries];
        _pairs = scratch.Slice(entries, entries);
        _answerMatched = scratch.Slice(2 * entries, entries);
        _phrasingRecall = scratch.Slice(3 * entries, entries * Phrasings);
        _phrasingPrecision = scratch.Slice((3 + Phrasings) * entries, entries * Phrasings);
    }

    public static int ScratchSize(int entries) => entries * (3 + 2 * Phrasings);

    /// <summary>Adds the question's distinct known terms and its term sequence (-1 = unknown word).</summary>
    public void Accumulate(ReadOnlySpan<int> ids, ReadOnlySpan<int> sequence, double queryWeight)
    {
        foreach (var id in ids)
        {
            var weight = _statistics.Idf[id];
            foreach (var posting in _statistics.Postings[id])
            {
                var e = posting.Entry;
                _covered[e] += weight * (posting.Phrasings != 0 ? PhrasingCredit : posting.AnswerCount > 1 ? RepeatedAnswerCredit : AnswerCredit);
                if (posting.AnswerCount > 0) _answerMatched[e] += weight;
                for (int bits = posting.Phrasings, p = 0; bits != 0; bits >>= 1, p++)
                {
                    if ((bits & 1) == 0) continue;
                    _phrasingRecall[e * Phrasings + p] += weight;
                    _phrasingPrecision[e * Phrasings + p] += _statistics.PhrasingIdf[id];
                }
            }
        }
        for (var i = 1; i < sequence.Length; i++)
        {
            if (sequence[i - 1] < 0 || sequence[i] < 0 || sequence[i - 1] == sequence[i]) continue;
            if (!_statistics.Pairs.TryGetValue(FaqTermStatistics.PairKey(sequence[i - 1], sequence[i]), out var entries)) continue;
            // A pair many entries share ("mail ballot") says little about which one is meant.
            var share = (_statistics.Idf[sequence[i - 1]] + _statistics.Idf[sequence[i]]) / queryWeight / entries.Length;
            foreach (var e in entries) _pairs[e] += share;
        }
    }

    public bool Touched(int entry) => _covered[entry] > 0;

    public double Score(int e, double queryWeight)
    {
        var covered = _covered[e];
        var fit = 0.0;
        if (_answerMatched[e] > 0)
        {
            var precision = Math.Min(1.0, _answerMatched[e] / Math.Min(_statistics.AnswerWeight[e], AnswerSpan));
            var recall = Math.Min(1.0, (covered + (1 - AnswerCredit) * _answerMatched[e]) / queryWeight);
            fit = AnswerFitShare * FBeta(precision, recall);
        }
        for (var p = 0; p < Phrasings; p++)
        {
            var total = _statistics.PhrasingWeight[e * Phrasings + p];
            var matched = _phrasingRecall[e * Phrasings + p];
            if (total <= 0 || matched <= 0) continue;
            var precision = _phrasingPrecision[e * Phrasings + p] / total;
            var recall = Math.Min(1.0, (covered + (1 - PhrasingCredit) * matched) / queryWeight);
            fit = Math.Max(fit, FBeta(precision, recall));
        }
        var evidence = Math.Min(1.0, covered / (EvidenceFloor * _statistics.RareWeight));
        return Math.Min(1.0, (fit + PairShare * Math.Min(1.0, _pairs[e])) * evidence);
    }

    private static double FBeta(double precision, double recall) =>
        (1 + RecallBias) * precision * recall / (RecallBias * precision + recall);
}
