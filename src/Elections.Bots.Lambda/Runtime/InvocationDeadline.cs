namespace Elections.Bots.Lambda.Runtime;

/// <summary>
/// Turns <c>Lambda-Runtime-Deadline-Ms</c> into two budgets: the handler's token is cancelled
/// <see cref="AnswerMargin"/> early, so the engine still has time to say "sorry, call the office"; at the deadline
/// itself the loop stops waiting and reports the invocation as timed out.
/// </summary>
public readonly record struct InvocationDeadline(TimeSpan Polite, TimeSpan Hard)
{
    public static readonly TimeSpan AnswerMargin = TimeSpan.FromMilliseconds(250);

    /// <summary>Lambda's longest timeout; a deadline further away than this was not set by Lambda.</summary>
    public static readonly TimeSpan MaxBudget = TimeSpan.FromMinutes(15);

    /// <summary>
    /// For a missing deadline, or one already past when the event arrives: local emulators send such values
    /// (@vercel/fun sends 5000, i.e. 1970), and answering is more useful than cancelling before starting.
    /// </summary>
    public static readonly TimeSpan FallbackBudget = TimeSpan.FromSeconds(30);

    public static InvocationDeadline From(long? deadlineMs, DateTimeOffset now)
    {
        var remaining = deadlineMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) - now : TimeSpan.Zero;
        if (remaining <= TimeSpan.Zero) remaining = FallbackBudget;
        if (remaining > MaxBudget) remaining = MaxBudget;
        var polite = remaining > AnswerMargin * 2 ? remaining - AnswerMargin : remaining / 2;
        return new InvocationDeadline(polite, remaining);
    }
}
