using Elections.Bots.Core;

namespace Elections.Bots.Import.Golden;

/// <summary>One golden question as the bot answered it.</summary>
/// <param name="AnsweredBy">The FAQ id that answered, or the intent when no FAQ did.</param>
/// <param name="Said">What the voter would have read (first sentence or so), for the administrator to judge.</param>
public sealed record GoldenResult(GoldenQuestion Question, bool Passed, string AnsweredBy, string Said)
{
    public Locale Locale => Question.Locale;
}
