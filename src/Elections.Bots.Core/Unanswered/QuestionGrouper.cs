using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Privacy;
using Elections.Bots.Core.Text;

namespace Elections.Bots.Core.Unanswered;

/// <summary>
/// Groups unanswered questions that ask the same thing in different words. Each question becomes the set of
/// canonical terms the FAQ search uses (stems, synonyms, multi-word phrases; function words and placeholders
/// dropped). Two wordings whose similarity, a weighted Jaccard (IDF over the FAQ's questions and the wordings
/// themselves), reaches the threshold are in one group (single linkage). Words every question uses ("vote", "poll") weigh little, so "can I vote with a felony" and "can I
/// vote by mail" stay apart while "can I bring my dog when I vote" and "are dogs allowed at the polls" meet.
/// </summary>
public static class QuestionGrouper
{
    /// <summary>Share of two wordings' term weight they must have in common to be one group; tuned on paraphrase sets.</summary>
    public const double DefaultThreshold = 0.3;

    /// <param name="faq">The dataset's FAQ entries: their wording tells which words are common in election questions.</param>
    public static ImmutableArray<QuestionGroup> Group(
        IEnumerable<UnansweredQuestion> questions, IEnumerable<FaqEntry> faq, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(faq);
        var entries = faq.ToList();
        var groups = new List<QuestionGroup>();
        foreach (var byLocale in questions.GroupBy(q => q.Locale))
        {
            groups.AddRange(GroupLocale(byLocale.Key, [.. byLocale], entries.Where(e => e.Locale == byLocale.Key), threshold));
        }
        return [.. groups.OrderByDescending(g => g.Count).ThenBy(g => g.Example, StringComparer.Ordinal)];
    }

    /// <summary>The canonical terms of a redacted question, without its placeholders.</summary>
    /// <remarks>
    /// A clause that held personal data ("…, I live at [address]") is context, not the question: when the other
    /// clauses still ask something (two terms or more), only they count, so the same question with and without
    /// an address meets in one group.
    /// </remarks>
    public static ImmutableArray<string> TermsOf(string text, Locale locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analyzer = TextAnalyzer.ForSearch(locale);
        if (text.Contains('[', StringComparison.Ordinal))
        {
            var asked = string.Join(' ', text.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries)
                .Where(clause => !Placeholders.All.Any(p => clause.Contains(p, StringComparison.Ordinal))));
            var terms = Terms(analyzer, asked);
            if (terms.Length >= 2) return terms;
        }
        return Terms(analyzer, Placeholders.Remove(text));
    }

    private static readonly char[] ClauseBreaks = [',', ';', '.', '?', '!', '¿', '¡'];

    private static ImmutableArray<string> Terms(TextAnalyzer analyzer, string text) =>
        [.. analyzer.AnalyzeToStrings(text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static IEnumerable<QuestionGroup> GroupLocale(Locale locale, List<UnansweredQuestion> questions, IEnumerable<FaqEntry> faq, double threshold)
    {
        // Identical term sets are one wording family before any similarity is computed.
        var families = questions
            .Select(q => (Question: q, Terms: TermsOf(q.Text, locale)))
            .Where(q => !q.Terms.IsEmpty)
            .GroupBy(q => string.Join(' ', q.Terms), StringComparer.Ordinal)
            .Select(g => (Terms: g.First().Terms, Questions: g.Select(x => x.Question).ToList()))
            .OrderByDescending(f => f.Questions.Count).ThenBy(f => string.Join(' ', f.Terms), StringComparer.Ordinal)
            .ToList();
        var weights = new TermWeights(
            faq.SelectMany(e => e.Alternates.Prepend(e.Question)).Select(text => TermsOf(text, locale)).Concat(families.Select(f => f.Terms)));

        // Single linkage: two wordings at least this similar are in one group, whatever order they came in.
        var parent = Enumerable.Range(0, families.Count).ToArray();
        for (var a = 0; a < families.Count; a++)
        {
            for (var b = a + 1; b < families.Count; b++)
            {
                if (weights.Similarity(families[a].Terms, families[b].Terms) >= threshold) parent[Root(parent, b)] = Root(parent, a);
            }
        }
        var clusters = families.Select((family, index) => (Root: Root(parent, index), family.Questions))
            .GroupBy(f => f.Root)
            .Select(g => g.SelectMany(f => f.Questions).ToList());
        return clusters.Select(questions => Summarize(locale, questions));
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static QuestionGroup Summarize(Locale locale, List<UnansweredQuestion> questions)
    {
        var wordings = questions.GroupBy(q => q.Text, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Text).ToImmutableArray();
        return new QuestionGroup(
            locale,
            questions.Count,
            wordings[0],
            TermsOf(wordings[0], locale),
            wordings,
            questions.GroupBy(q => q.Channel).ToImmutableDictionary(g => g.Key, g => g.Count()),
            questions.Count(q => q.Reason == UnansweredReason.CloseCall),
            questions.Min(q => q.Day),
            questions.Max(q => q.Day));
    }
}
