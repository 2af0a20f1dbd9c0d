using System.Text.Json.Serialization;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.DynamoDb.Serialization;

/// <summary>
/// Source-generated metadata for everything the table stores as JSON. Enums are written as names, never
/// numbers, so reordering a Core enum cannot silently change what a stored version means.
/// </summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JurisdictionPart))]
[JsonSerializable(typeof(Election))]
[JsonSerializable(typeof(Precinct))]
[JsonSerializable(typeof(PollingLocation))]
[JsonSerializable(typeof(FaqEntry))]
[JsonSerializable(typeof(EmergencyNotice))]
[JsonSerializable(typeof(StreetSegment))]
[JsonSerializable(typeof(StreetCount))]
[JsonSerializable(typeof(VersionHeader))]
[JsonSerializable(typeof(FactGroupHeader))]
[JsonSerializable(typeof(OpeningPeriod))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(ImmutableArray<Election>))]
[JsonSerializable(typeof(ImmutableArray<Precinct>))]
[JsonSerializable(typeof(ImmutableArray<PollingLocation>))]
[JsonSerializable(typeof(ImmutableArray<FaqEntry>))]
[JsonSerializable(typeof(ImmutableArray<EmergencyNotice>))]
[JsonSerializable(typeof(ImmutableArray<StreetSegment>))]
[JsonSerializable(typeof(ImmutableArray<StreetCount>))]
[JsonSerializable(typeof(ImmutableArray<JurisdictionPart>))]
internal sealed partial class FactsJsonContext : JsonSerializerContext;
