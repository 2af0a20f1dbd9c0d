namespace Elections.Bots.Core.Understanding;

/// <summary>
/// One graded question. <see cref="TopCorrect"/>: the top candidate was right, whatever the outcome (for a
/// <c>none</c> question: the bot did not answer). <see cref="ConfidentWrong"/>: the bot answered, wrongly —
/// the error voters actually suffer.
/// </summary>
public sealed record EvaluationResult(EvaluationQuestion Question, EvaluationAnswer Answer, bool TopCorrect, bool ConfidentWrong)
{
    public bool AnsweredCorrectly => TopCorrect && Answer.Outcome == EvaluationOutcome.Answered && !Question.ExpectsNoAnswer;
}
