using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Core.Observability;

/// <summary>
/// Everything the turn log says about one turn. Ids, codes, numbers and enums only: there is no field a voter's
/// words, address, phone number, name or device could be put in, so no line can ever carry them.
/// </summary>
/// <param name="RequestId">The Lambda request id (a GUID from the Runtime API), to find the platform's own lines.</param>
/// <param name="Channel">Null when the adapter refused the request before knowing its channel.</param>
/// <param name="Intent">A name from <see cref="BotModel.IntentNames"/>, or <see cref="EmfDirectives.OtherIntent"/>.</param>
/// <param name="FaqId">The FAQ entry that answered, or the top one of a close call.</param>
/// <param name="FaqScore">0–1, the FAQ ranking's score of <paramref name="FaqId"/> (or of the nearest entry on a miss).</param>
/// <param name="Detail">The engine's trace code ("faq-no-match", "address-not-found", "error:TypeName").</param>
/// <param name="LatencyMs">Engine and store time for the turn, milliseconds.</param>
/// <param name="Store">What the fact store did during the turn (differences of its counters).</param>
/// <param name="TimestampMs">Unix epoch milliseconds at the end of the turn.</param>
public readonly record struct TurnRecord(
    string? RequestId,
    Channel? Channel,
    Locale Locale,
    string Intent,
    TurnOutcome Outcome,
    string? FaqId,
    double? FaqScore,
    string? DatasetVersion,
    string? Detail,
    double LatencyMs,
    StoreCounters Store,
    long TimestampMs)
{
    public CacheUse Cache => Store.CacheUse;

    /// <summary>The record of a turn the engine answered (or failed to).</summary>
    public static TurnRecord Of(string? requestId, Channel channel, DialogReply reply, double latencyMs, StoreCounters store, long timestampMs)
    {
        var trace = reply.Trace;
        return new TurnRecord(requestId, channel, reply.Locale, TurnLogValues.KnownIntent(reply.Intent), OutcomeOf(reply.Outcome),
            trace.FaqId ?? trace.SuggestedFaqId, trace.FaqScore, trace.DatasetVersion, trace.Detail, latencyMs, store, timestampMs);
    }

    public static TurnOutcome OutcomeOf(ReplyOutcome outcome) => outcome switch
    {
        ReplyOutcome.Answered => TurnOutcome.Answered,
        ReplyOutcome.Elicited => TurnOutcome.Elicited,
        ReplyOutcome.Fallback => TurnOutcome.Fallback,
        ReplyOutcome.HandedOff => TurnOutcome.HandedOff,
        ReplyOutcome.Ended => TurnOutcome.Ended,
        _ => TurnOutcome.Error,
    };
}
