namespace Elections.Bots.Core.Observability;

/// <summary>How a turn ended, as the turn log and the analytics tables spell it (see <see cref="TurnLogValues"/>).</summary>
public enum TurnOutcome
{
    Answered,
    Elicited,
    Fallback,
    HandedOff,
    Ended,
    /// <summary>The channel adapter refused the request (not an event of ours, another skill): the engine never ran.</summary>
    Refused,
    Error,
}
