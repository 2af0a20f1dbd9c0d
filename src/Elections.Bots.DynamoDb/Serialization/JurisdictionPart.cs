using Elections.Bots.Core.Facts;

namespace Elections.Bots.DynamoDb.Serialization;

/// <summary>The scalar parts of <see cref="ElectionFacts"/>, stored as the one record of the jurisdiction group.</summary>
internal sealed record JurisdictionPart(
    string JurisdictionName,
    string? StateCode,
    ElectionOffice Office,
    ElectionOffice? StateOffice,
    ImmutableArray<string> JurisdictionWideLocationIds,
    bool IsMailOnlyJurisdiction,
    ImmutableArray<string> ServedZips,
    ImmutableArray<string> ServedCities);
