namespace Elections.Bots.Core.Understanding;

/// <summary>Every graded question and the figures per language.</summary>
public sealed record EvaluationReport(ImmutableArray<LocaleEvaluation> Locales, ImmutableArray<EvaluationResult> Results)
{
    public LocaleEvaluation? For(Locale locale) => Locales.FirstOrDefault(l => l.Locale == locale);

    /// <summary>Questions whose top candidate was wrong, for a report to list.</summary>
    public IEnumerable<EvaluationResult> Misses => Results.Where(r => !r.TopCorrect);
}
