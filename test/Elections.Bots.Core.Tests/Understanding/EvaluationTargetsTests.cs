using System.Globalization;
using Elections.Bots.Core.Faq;
using Elections.Bots.Core.Tests.Faq;
using Elections.Bots.Core.Understanding;
using Xunit.Abstractions;

namespace Elections.Bots.Core.Tests.Understanding;

/// <summary>
/// The accuracy targets, measured end to end (local NLU, then the FAQ ranker) on the sample question sets. The
/// paraphrase set was written before the ranker was tuned and is not tuned on row by row; a drop here is a
/// regression in understanding, not a test to adjust.
/// </summary>
public sealed class EvaluationTargetsTests(ITestOutputHelper output)
{
    private static readonly NluThenFaq Pipeline = new(TextInterpreter.Default, new FaqIndex(SampleFaq.Entries), SampleFaq.ElectionSeason);
    private static readonly EvaluationRunner Runner = new(SampleFaq.EquivalentIntents());

    [Fact]
    public async Task Paraphrases_WhenAnsweredByNluThenFaq_MeetTheAccuracyTargets()
    {
        var report = await RunAsync(EvaluationSet.Paraphrases());

        var english = report.For(Locale.English)!;
        var spanish = report.For(Locale.Spanish)!;
        Assert.True(english.Questions >= 100 && spanish.Questions >= 80, "the set must keep its size");
        Assert.True(english.TopAccuracy >= 0.90, $"English top-1 {english.TopAccuracy:P1} < 90 %");
        Assert.True(spanish.TopAccuracy >= 0.85, $"Spanish top-1 {spanish.TopAccuracy:P1} < 85 %");
        Assert.True(english.ConfidentWrongRate <= 0.03, $"English confident-wrong {english.ConfidentWrongRate:P1} > 3 %");
        Assert.True(spanish.ConfidentWrongRate <= 0.03, $"Spanish confident-wrong {spanish.ConfidentWrongRate:P1} > 3 %");
    }

    [Fact]
    public void Paraphrases_CoverEveryFaqEntryInBothLanguages()
    {
        var questions = EvaluationSet.Paraphrases().ToList();

        foreach (var locale in new[] { Locale.English, Locale.Spanish })
        {
            var covered = questions.Where(q => q.Locale == locale).Select(q => q.ExpectedFaqId).ToHashSet();
            var missing = SampleFaq.Entries.Where(e => e.Locale == locale && !covered.Contains(e.Id)).Select(e => e.Id);
            Assert.Empty(missing);
        }
    }

    [Fact]
    public async Task GoldenQuestions_WhenAnsweredByNluThenFaq_AreAllAnsweredRight()
    {
        var report = await RunAsync(EvaluationSet.Golden());

        Assert.All(report.Results, r => Assert.True(r.AnsweredCorrectly, $"{r.Question.Question} → {r.Answer}"));
    }

    private async Task<EvaluationReport> RunAsync(IEnumerable<EvaluationQuestion> questions)
    {
        var report = await Runner.RunAsync(questions, (q, _) => ValueTask.FromResult(Pipeline.Answer(q)), CancellationToken.None);
        foreach (var locale in report.Locales)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{locale.Locale}: {locale.Questions} questions, top-1 {locale.TopAccuracy:P1}, answered right {locale.AnsweredAccuracy:P1}, confident-wrong {locale.ConfidentWrongRate:P1}, abstained {locale.AbstainRate:P1}"));
        }
        foreach (var miss in report.Results.Where(r => !r.TopCorrect || r.ConfidentWrong))
        {
            output.WriteLine($"{(miss.ConfidentWrong ? "WRONG" : "miss ")} {miss.Question.Locale.ToTag()} {miss.Question.Expected} ← {miss.Answer.Intent}/{miss.Answer.FaqId} ({miss.Answer.Outcome}): {miss.Question.Question}");
        }
        return report;
    }
}
