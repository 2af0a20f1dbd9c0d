namespace Elections.Bots.Core.Unanswered;

/// <summary>Inverse document frequency of terms over a set of questions: rare words say more about what is asked.</summary>
internal sealed class TermWeights
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly int _documents;

    public TermWeights(IEnumerable<ImmutableArray<string>> documents)
    {
        foreach (var terms in documents)
        {
            _documents++;
            foreach (var term in terms) _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }
    }

    public double Weight(string term) => Math.Log(1.0 + (double)_documents / (1 + _documentFrequency.GetValueOrDefault(term)));

    /// <summary>Weighted Jaccard: the weight two term sets share over the weight of all their terms (0–1).</summary>
    public double Similarity(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        double shared = 0, all = 0;
        foreach (var term in a)
        {
            var weight = Weight(term);
            all += weight;
            if (b.Contains(term)) shared += weight;
        }
        foreach (var term in b)
        {
            if (!a.Contains(term)) all += Weight(term);
        }
        return all <= 0 ? 0 : shared / all;
    }
}
