namespace Elections.Bots.Core.Dialog;

/// <summary>How a turn ended, for metrics and for the channel's intent state.</summary>
public enum ReplyOutcome
{
    /// <summary>The voter got the answer they asked for.</summary>
    Answered,
    /// <summary>The engine asked for something it needs (an address, a choice).</summary>
    Elicited,
    /// <summary>The engine could not answer and gave a way forward (choices, the office's phone).</summary>
    Fallback,
    /// <summary>The voter is being sent to a person.</summary>
    HandedOff,
    /// <summary>The conversation ended at the voter's request.</summary>
    Ended,
    /// <summary>Something failed; the voter was given the office's phone.</summary>
    Error,
}
