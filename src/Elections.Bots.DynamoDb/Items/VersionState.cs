namespace Elections.Bots.DynamoDb.Items;

/// <summary>Where a version is in its life; stored by name in the manifest's <c>state</c> attribute.</summary>
public enum VersionState
{
    /// <summary>Items are being written (or the write was interrupted): never a flip target.</summary>
    Writing,
    /// <summary>Written and verified: can be made active, now or later by a rollback.</summary>
    Complete,
    /// <summary>Being pruned: never a flip target; a later prune finishes the deletion.</summary>
    Deleting,
}
