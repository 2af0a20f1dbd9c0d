using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Serialization;

namespace Elections.Bots.DynamoDb.Items;

/// <summary>A fact partition read back: the facts (with the dataset's own notices) and the header that vouched for them.</summary>
internal sealed record StoredFacts(ElectionFacts Facts, VersionHeader Header)
{
    public int RecordsOf(string kind) => Header.Groups.FirstOrDefault(g => g.Kind == kind)?.Records ?? 0;
}
