namespace Elections.Bots.Lambda.Runtime;

/// <summary>Why a delivered event cannot be given to the handler (it is then answered with an error).</summary>
public enum EventProblem
{
    None,
    TooLarge,
    Unreadable,
}
