using Elections.Bots.DynamoDb.Items;

namespace Elections.Bots.DynamoDb.Publishing;

/// <summary>One kept version, as the CLI's <c>versions</c> lists it, newest first.</summary>
public sealed record VersionInfo(VersionManifest Manifest, bool IsActive)
{
    public string Version => Manifest.Version;
    public VersionState State => Manifest.State;
}
