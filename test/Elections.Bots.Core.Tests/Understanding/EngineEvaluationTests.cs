using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Tests.Faq;
using Elections.Bots.Core.Understanding;
using Elections.Bots.Tests;

namespace Elections.Bots.Core.Tests.Understanding;

/// <summary>
/// The same question sets through the dialog engine with the local NLU plugged in, graded from what the voter
/// would get: an answer, numbered choices, or an apology. Guards the wiring, not just the parts.
/// </summary>
public sealed class EngineEvaluationTests
{
    private static readonly EvaluationRunner Runner = new(SampleFaq.EquivalentIntents());

    [Fact]
    public async Task GoldenQuestions_ThroughTheEngine_AreAllAnsweredRight()
    {
        var report = await Runner.RunAsync(EvaluationSet.Golden(), AskAsync, CancellationToken.None);

        Assert.All(report.Results, r => Assert.True(r.AnsweredCorrectly, $"{r.Question.Question} → {r.Answer}"));
    }

    [Fact]
    public async Task Paraphrases_ThroughTheEngine_StayWithinTheConfidentWrongTarget()
    {
        var report = await Runner.RunAsync(EvaluationSet.Paraphrases(), AskAsync, CancellationToken.None);

        Assert.All(report.Locales, l => Assert.True(l.ConfidentWrongRate <= 0.03, $"{l.Locale}: {l.ConfidentWrongRate:P1} answered wrongly"));
        Assert.All(report.Locales, l => Assert.True(l.TopAccuracy >= 0.85, $"{l.Locale}: top-1 {l.TopAccuracy:P1}"));
    }

    private static async ValueTask<EvaluationAnswer> AskAsync(EvaluationQuestion question, CancellationToken cancellationToken)
    {
        var bot = new MillbrookBot("2027-02-15T10:00", interpreter: TextInterpreter.Default) { Locale = question.Locale };
        var reply = await bot.SayAsync(question.Question);
        var outcome = reply.Trace.Detail == "faq-close-call" ? EvaluationOutcome.Choices
            : reply.Outcome is ReplyOutcome.Fallback or ReplyOutcome.Error ? EvaluationOutcome.NoAnswer
            : EvaluationOutcome.Answered;
        return new EvaluationAnswer(reply.Intent, reply.Trace.FaqId ?? reply.Trace.SuggestedFaqId, outcome);
    }
}
