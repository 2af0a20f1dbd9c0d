using Elections.Bots.Core.Facts;

namespace Elections.Bots.DynamoDb.Store;

/// <summary>What one container holds between turns: the active version's facts and when to look again.</summary>
/// <param name="Facts">Null when nothing has been published yet.</param>
/// <param name="DatasetFacts">The facts as the version stores them, before the pointer's notices are added.</param>
/// <param name="ConfirmedAt">Last time DynamoDB confirmed this is the active data: staleness is measured from here.</param>
/// <param name="Stale">True while DynamoDB is failing and answers come from the last good data.</param>
internal sealed record CachedVersion(
    ElectionFacts? Facts,
    ElectionFacts? DatasetFacts,
    string NoticesFingerprint,
    DateTimeOffset ConfirmedAt,
    DateTimeOffset NextCheckAt,
    bool Stale = false);
