using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Core.Unanswered;

/// <summary>
/// Which turns leave a question for the office's report: a free-text question the FAQ could not answer
/// (fallback) or could not tell apart (close call). Address misses and declined recommendations are not FAQ gaps.
/// </summary>
public static class UnansweredRule
{
    /// <summary>The engine's trace detail when no FAQ entry fitted.</summary>
    public const string FaqNoMatch = "faq-no-match";

    /// <summary>The engine's trace detail when two or three entries fitted about equally.</summary>
    public const string FaqCloseCall = "faq-close-call";

    public static UnansweredReason? ReasonFor(DialogReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return (reply.Outcome, reply.Trace.Detail) switch
        {
            (ReplyOutcome.Fallback, FaqNoMatch) => UnansweredReason.NoMatch,
            (ReplyOutcome.Elicited, FaqCloseCall) => UnansweredReason.CloseCall,
            _ => null,
        };
    }

    /// <summary>What the voter asked: the query slot when the channel filled one, else what they said.</summary>
    public static string? QuestionOf(DialogTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Slot(SlotNames.Query) ?? turn.Text;
    }
}
