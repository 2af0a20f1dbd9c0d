using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Faq;
using Elections.Bots.Core.Understanding;

namespace Elections.Bots.Core.Tests.Understanding;

/// <summary>
/// What the engine does with typed text, minus the answers: the local NLU, then the FAQ ranker for a free
/// question. Lets the evaluation set guard the NLU and the ranker without the dialog engine.
/// </summary>
internal sealed class NluThenFaq(TextInterpreter interpreter, FaqIndex faq, DateOnly today)
{
    public EvaluationAnswer Answer(EvaluationQuestion question)
    {
        var understood = interpreter.Interpret(question.Question, question.Locale);
        if (understood.Intent == IntentNames.AskQuestion && understood.Slot(SlotNames.Query) is { } query)
        {
            var ranked = faq.Search(query, understood.Locale, today);
            var outcome = ranked.Decision switch
            {
                FaqDecision.Confident => EvaluationOutcome.Answered,
                FaqDecision.CloseCall => EvaluationOutcome.Choices,
                _ => EvaluationOutcome.NoAnswer,
            };
            return new EvaluationAnswer(understood.Intent, ranked.Top?.Entry.Id, outcome);
        }
        var answered = understood.Intent is not (IntentNames.Fallback or IntentNames.AskQuestion);
        return new EvaluationAnswer(understood.Intent, null, answered ? EvaluationOutcome.Answered : EvaluationOutcome.NoAnswer);
    }
}
