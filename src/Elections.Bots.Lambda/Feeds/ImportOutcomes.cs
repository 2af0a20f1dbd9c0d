namespace Elections.Bots.Lambda.Feeds;

/// <summary>The <c>outcome</c> of a report: what voters hear after this upload.</summary>
public static class ImportOutcomes
{
    /// <summary>The new version is live.</summary>
    public const string Published = "published";

    /// <summary>The same dataset was already live: nothing was written.</summary>
    public const string AlreadyActive = "already-active";

    /// <summary>Errors or wrong golden answers: nothing was written; voters hear the previous version.</summary>
    public const string Rejected = "rejected";

    /// <summary>The feed was fine but publishing failed; voters hear the previous version.</summary>
    public const string Failed = "failed";
}
