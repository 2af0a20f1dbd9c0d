using Amazon.DynamoDBv2.Model;
using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Serialization;

namespace Elections.Bots.DynamoDb.Items;

/// <summary>
/// <see cref="ElectionFacts"/> as fact groups and back. The same items are written to the version's own
/// partition and, with a serial, to the mirror in the active partition.
/// </summary>
internal static class FactItems
{
    public static readonly ImmutableArray<string> Kinds =
    [
        FactKinds.Jurisdiction, FactKinds.Elections, FactKinds.Precincts, FactKinds.Locations,
        FactKinds.Faq, FactKinds.Notices, FactKinds.TownWideSegments,
    ];

    public static ImmutableArray<EncodedGroup> Encode(ElectionFacts facts)
    {
        var jurisdiction = new JurisdictionPart(
            facts.JurisdictionName, facts.StateCode, facts.Office, facts.StateOffice, facts.JurisdictionWideLocationIds,
            facts.IsMailOnlyJurisdiction, [.. facts.ServedZips.Order(StringComparer.Ordinal)],
            [.. facts.ServedCities.Order(StringComparer.Ordinal)]);
        return
        [
            FactGroupCodec.Encode<JurisdictionPart>(FactKinds.Jurisdiction, [jurisdiction]),
            FactGroupCodec.Encode(FactKinds.Elections, facts.Elections),
            FactGroupCodec.Encode(FactKinds.Precincts, [.. facts.Precincts.Values.OrderBy(p => p.Id, StringComparer.Ordinal)]),
            FactGroupCodec.Encode(FactKinds.Locations, [.. facts.Locations.Values.OrderBy(l => l.Id, StringComparer.Ordinal)]),
            // One group for every locale, in feed order: FAQ ranking breaks ties by that order.
            FactGroupCodec.Encode(FactKinds.Faq, facts.Faq),
            FactGroupCodec.Encode(FactKinds.Notices, facts.Notices),
            FactGroupCodec.Encode(FactKinds.TownWideSegments, facts.TownWideSegments),
        ];
    }

    /// <exception cref="InvalidDataException">The partition is not a complete, readable copy of <paramref name="version"/>.</exception>
    public static StoredFacts Read(string version, IReadOnlyDictionary<string, Dictionary<string, AttributeValue>> bySort, long? serial = null)
    {
        var reader = new GroupReader(version, bySort, serial);
        var jurisdictions = reader.Read<JurisdictionPart>(FactKinds.Jurisdiction);
        if (jurisdictions.Length != 1) throw new InvalidDataException("the jurisdiction group must hold one record");
        var jurisdiction = jurisdictions[0];
        var facts = new ElectionFacts
        {
            DatasetVersion = version,
            JurisdictionName = jurisdiction.JurisdictionName,
            StateCode = jurisdiction.StateCode,
            Office = jurisdiction.Office,
            StateOffice = jurisdiction.StateOffice,
            JurisdictionWideLocationIds = jurisdiction.JurisdictionWideLocationIds,
            IsMailOnlyJurisdiction = jurisdiction.IsMailOnlyJurisdiction,
            ServedZips = jurisdiction.ServedZips.ToFrozenSet(StringComparer.Ordinal),
            ServedCities = jurisdiction.ServedCities.ToFrozenSet(StringComparer.Ordinal),
            Elections = reader.Read<Election>(FactKinds.Elections),
            Precincts = reader.Read<Precinct>(FactKinds.Precincts).ToFrozenDictionary(p => p.Id, StringComparer.Ordinal),
            Locations = reader.Read<PollingLocation>(FactKinds.Locations).ToFrozenDictionary(l => l.Id, StringComparer.Ordinal),
            Faq = reader.Read<FaqEntry>(FactKinds.Faq),
            Notices = reader.Read<EmergencyNotice>(FactKinds.Notices),
            TownWideSegments = reader.Read<StreetSegment>(FactKinds.TownWideSegments),
        };
        return new StoredFacts(facts, reader.Header);
    }
}
