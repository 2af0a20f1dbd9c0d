using System.Collections.Immutable;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Understanding;

namespace Elections.Bots.Core.Tests.Understanding;

public sealed class EvaluationRunnerTests
{
    private static readonly EvaluationRunner Runner = new(new Dictionary<string, ImmutableArray<string>>
    {
        ["register-deadline"] = [IntentNames.RegistrationDeadline],
        ["eday-polling-place"] = [IntentNames.PollingPlace],
    });

    [Fact]
    public void Grade_WhenStructuredIntentAnswersAnEquivalentFaq_CountsAsRight()
    {
        var result = Runner.Grade(
            new EvaluationQuestion(Locale.English, "last day to register?", "register-deadline"),
            new EvaluationAnswer(IntentNames.RegistrationDeadline, null, EvaluationOutcome.Answered));

        Assert.True(result.TopCorrect);
        Assert.True(result.AnsweredCorrectly);
        Assert.False(result.ConfidentWrong);
    }

    [Fact]
    public void Grade_WhenFaqAnswersAnExpectedIntent_CountsAsRight()
    {
        var result = Runner.Grade(
            new EvaluationQuestion(Locale.English, "where do I vote", "intent:PollingPlace"),
            new EvaluationAnswer(IntentNames.AskQuestion, "eday-polling-place", EvaluationOutcome.Answered));

        Assert.True(result.AnsweredCorrectly);
    }

    [Fact]
    public void Grade_WhenRightEntryIsOnlyOffered_IsTopCorrectButNotAnswered()
    {
        var result = Runner.Grade(
            new EvaluationQuestion(Locale.English, "deadline?", "register-deadline"),
            new EvaluationAnswer(IntentNames.AskQuestion, "register-deadline", EvaluationOutcome.Choices));

        Assert.True(result.TopCorrect);
        Assert.False(result.AnsweredCorrectly);
        Assert.False(result.ConfidentWrong);
    }

    [Fact]
    public void Grade_WhenAnsweredWrongly_IsConfidentWrong()
    {
        var result = Runner.Grade(
            new EvaluationQuestion(Locale.English, "deadline?", "register-deadline"),
            new EvaluationAnswer(IntentNames.AskQuestion, "eday-hours", EvaluationOutcome.Answered));

        Assert.False(result.TopCorrect);
        Assert.True(result.ConfidentWrong);
    }

    [Theory]
    [InlineData(EvaluationOutcome.NoAnswer, true, false)]
    [InlineData(EvaluationOutcome.Choices, true, false)]
    [InlineData(EvaluationOutcome.Answered, false, true)]
    public void Grade_WhenNoAnswerIsExpected_OnlyAnAnswerIsWrong(EvaluationOutcome outcome, bool right, bool confidentWrong)
    {
        var result = Runner.Grade(
            new EvaluationQuestion(Locale.English, "what's the weather", EvaluationQuestion.NoAnswer),
            new EvaluationAnswer(IntentNames.AskQuestion, "eday-hours", outcome));

        Assert.Equal(right, result.TopCorrect);
        Assert.Equal(confidentWrong, result.ConfidentWrong);
        Assert.False(result.AnsweredCorrectly);
    }

    [Fact]
    public async Task RunAsync_SummarizesEachLanguage()
    {
        EvaluationQuestion[] questions =
        [
            new(Locale.English, "a", "register-deadline"),
            new(Locale.English, "b", "intent:Help"),
            new(Locale.English, "c", EvaluationQuestion.NoAnswer),
            new(Locale.Spanish, "d", "register-deadline"),
        ];
        var answers = new Dictionary<string, EvaluationAnswer>
        {
            ["a"] = new(IntentNames.AskQuestion, "register-deadline", EvaluationOutcome.Answered),
            ["b"] = new(IntentNames.Cancel, null, EvaluationOutcome.Answered),
            ["c"] = new(IntentNames.Fallback, null, EvaluationOutcome.NoAnswer),
            ["d"] = new(IntentNames.AskQuestion, "eday-hours", EvaluationOutcome.Choices),
        };

        var report = await Runner.RunAsync(questions, (q, _) => ValueTask.FromResult(answers[q.Question]), CancellationToken.None);

        var english = report.For(Locale.English)!;
        Assert.Equal((3, 2, 1, 1, 1), (english.Questions, english.TopCorrect, english.AnsweredCorrectly, english.ConfidentWrong, english.Abstained));
        Assert.Equal(2.0 / 3, english.TopAccuracy, 6);
        var spanish = report.For(Locale.Spanish)!;
        Assert.Equal((1, 0, 0, 1), (spanish.Questions, spanish.TopCorrect, spanish.ConfidentWrong, spanish.Abstained));
        Assert.Equal(["b", "d"], report.Misses.Select(m => m.Question.Question));
    }

    [Fact]
    public async Task RunAsync_WhenCancelled_Stops()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner.RunAsync(
            [new EvaluationQuestion(Locale.English, "a", "none")],
            (_, _) => ValueTask.FromResult(new EvaluationAnswer(null, null, EvaluationOutcome.NoAnswer)),
            cancellation.Token));
    }
}
