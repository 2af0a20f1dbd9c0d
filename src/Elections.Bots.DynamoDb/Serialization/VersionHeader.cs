namespace Elections.Bots.DynamoDb.Serialization;

/// <summary>
/// The header item of a fact partition: what a complete copy of the version holds. A reader trusts the
/// partition only when every group listed here is present and matches its checksum.
/// </summary>
/// <param name="Format">Item format; a reader refuses a version written in a format it does not know.</param>
internal sealed record VersionHeader(int Format, string Version, ImmutableArray<FactGroupHeader> Groups)
{
    public const int CurrentFormat = 1;
}
