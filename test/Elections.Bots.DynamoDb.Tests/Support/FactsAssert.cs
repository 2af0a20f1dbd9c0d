using System.Text.Json;
using System.Text.Json.Serialization;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.DynamoDb.Tests.Support;

/// <summary>
/// Compares facts and segments by content. Records holding ImmutableArrays compare arrays by reference, so
/// equality goes through a canonical JSON rendering of every part (reflection JSON is fine in tests).
/// </summary>
public static class FactsAssert
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public static void Equal(ElectionFacts expected, ElectionFacts actual)
    {
        Assert.Equal(Canonical(expected), Canonical(actual));
    }

    public static void SameSegments(IEnumerable<StreetSegment> expected, IEnumerable<StreetSegment> actual)
    {
        Assert.Equal(Render(expected.OrderBy(s => s.Id, StringComparer.Ordinal)), Render(actual.OrderBy(s => s.Id, StringComparer.Ordinal)));
    }

    public static string Render(object value) => JsonSerializer.Serialize(value, Options);

    private static string Canonical(ElectionFacts f) => Render(new
    {
        f.DatasetVersion,
        f.JurisdictionName,
        f.StateCode,
        f.Office,
        f.StateOffice,
        f.Elections,
        Precincts = f.Precincts.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
        Locations = f.Locations.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
        f.JurisdictionWideLocationIds,
        f.IsMailOnlyJurisdiction,
        f.TownWideSegments,
        ServedZips = f.ServedZips.Order(StringComparer.Ordinal).ToList(),
        ServedCities = f.ServedCities.Order(StringComparer.Ordinal).ToList(),
        f.Faq,
        f.Notices,
    });
}
