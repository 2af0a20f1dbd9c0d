namespace Elections.Bots.DynamoDb.Serialization;

/// <summary>One fact group of a version: how many chunk items hold it, how many records, and a checksum.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the compressed bytes (all chunks joined), so a reader notices
/// chunks from two different writes mixed together.</param>
internal sealed record FactGroupHeader(string Kind, int Chunks, int Records, string Sha256);
