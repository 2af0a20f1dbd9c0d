namespace Elections.Bots.Core.Understanding;

/// <summary>
/// How the system under test handled a question: the intent it chose, the top FAQ entry when it ranked the
/// FAQ (whatever the outcome), and the outcome.
/// </summary>
public sealed record EvaluationAnswer(string? Intent, string? FaqId, EvaluationOutcome Outcome);
