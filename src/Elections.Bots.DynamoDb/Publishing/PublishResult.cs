namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>What a publish did.</summary>
/// <param name="AlreadyActive">The version was already live: nothing was written or flipped.</param>
/// <param name="Counts">Records per kind, as verified in the table.</param>
/// <param name="WriteRequests">BatchWriteItem requests sent, retries included.</param>
/// <param name="Retries">Batches re-sent because DynamoDB throttled or left items unprocessed.</param>
/// <param name="Warnings">Problems after the flip (mirror refresh, pruning): voters hear the new version regardless.</param>
public sealed record PublishResult(
    string Version,
    string? PreviousVersion,
    bool AlreadyActive,
    ImmutableSortedDictionary<string, long> Counts,
    long ItemsWritten,
    long WriteRequests,
    long Retries,
    TimeSpan Elapsed,
    ImmutableArray<string> PrunedVersions,
    ImmutableArray<string> Warnings);
