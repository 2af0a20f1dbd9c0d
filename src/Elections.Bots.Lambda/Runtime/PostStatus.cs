namespace Elections.Bots.Lambda.Runtime;

/// <summary>How the Runtime API took a posted response or error.</summary>
public enum PostStatus
{
    Accepted,

    /// <summary>410: the invocation was already answered or given up; nothing to do but go on.</summary>
    Stale,

    /// <summary>413: the response is over Lambda's limit.</summary>
    TooLarge,

    /// <summary>Another 4xx: the Runtime API refused it (unknown request id, bad document).</summary>
    Rejected,

    /// <summary>No answer or 5xx after the retries.</summary>
    Failed,
}
