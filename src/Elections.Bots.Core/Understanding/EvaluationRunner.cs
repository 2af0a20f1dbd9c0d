namespace Elections.Bots.Core.Understanding;

/// <summary>
/// Grades a question set against any answering function (the dialog engine, or the NLU and FAQ ranker alone),
/// so accuracy is measured the same way by the <c>eval</c> command and by the regression tests.
/// </summary>
/// <param name="equivalentIntents">
/// FAQ id → structured intents that answer the same question (<c>faq-intents.csv</c>): either counts as right.
/// </param>
public sealed class EvaluationRunner(IReadOnlyDictionary<string, ImmutableArray<string>> equivalentIntents)
{
    public async Task<EvaluationReport> RunAsync(
        IEnumerable<EvaluationQuestion> questions,
        Func<EvaluationQuestion, CancellationToken, ValueTask<EvaluationAnswer>> answer,
        CancellationToken cancellationToken)
    {
        var results = ImmutableArray.CreateBuilder<EvaluationResult>();
        foreach (var question in questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(Grade(question, await answer(question, cancellationToken)));
        }
        var graded = results.ToImmutable();
        var locales = graded.GroupBy(r => r.Question.Locale).OrderBy(g => g.Key).Select(Summarize).ToImmutableArray();
        return new EvaluationReport(locales, graded);
    }

    public EvaluationResult Grade(EvaluationQuestion question, EvaluationAnswer answer)
    {
        var answered = answer.Outcome == EvaluationOutcome.Answered;
        if (question.ExpectsNoAnswer) return new EvaluationResult(question, answer, !answered, answered);
        var right = question.ExpectedIntent is { } intent
            ? answer.Intent == intent || Answers(answer.FaqId, intent)
            : answer.FaqId == question.ExpectedFaqId || Answers(question.ExpectedFaqId, answer.Intent);
        return new EvaluationResult(question, answer, right, answered && !right);
    }

    private bool Answers(string? faqId, string? intent) =>
        faqId is not null && intent is not null && equivalentIntents.TryGetValue(faqId, out var intents) && intents.Contains(intent);

    private static LocaleEvaluation Summarize(IGrouping<Locale, EvaluationResult> results) => new(
        results.Key,
        results.Count(),
        results.Count(r => r.TopCorrect),
        results.Count(r => r.AnsweredCorrectly),
        results.Count(r => r.ConfidentWrong),
        results.Count(r => r.Answer.Outcome != EvaluationOutcome.Answered));
}
