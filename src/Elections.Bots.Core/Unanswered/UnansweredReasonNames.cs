namespace Elections.Bots.Core.Unanswered;

/// <summary>How stored questions and reports spell <see cref="UnansweredReason"/>.</summary>
public static class UnansweredReasonNames
{
    public const string NoMatch = "no-match";
    public const string CloseCall = "close-call";

    public static string Name(this UnansweredReason reason) => reason == UnansweredReason.CloseCall ? CloseCall : NoMatch;

    /// <summary>Anything but "close-call" reads as a miss: an unknown spelling still counts the question.</summary>
    public static UnansweredReason Parse(string? name) =>
        string.Equals(name, CloseCall, StringComparison.Ordinal) ? UnansweredReason.CloseCall : UnansweredReason.NoMatch;
}
