using Elections.Bots.Core;
using Elections.Bots.Core.Addresses;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.DynamoDb.Tests.Support;

/// <summary>
/// A small dataset built from Core records that uses every field the table stores: nulls and values, 24:00
/// closing, UTC offsets, flags enums, both locales, scoped and timed notices, town-wide and split streets.
/// </summary>
public sealed record SampleDataset(ElectionFacts Facts, ImmutableArray<StreetSegment> Segments)
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(-5);

    /// <param name="placeName">The name of the first polling place: vary it to tell versions apart.</param>
    public static SampleDataset Create(string version, string placeName = "Millbrook Public Library", int extraStreets = 0)
    {
        var segments = ImmutableArray.CreateBuilder<StreetSegment>();
        segments.Add(Segment("ss-1", "N", "MAIN", "ST", "MILLBROOK", "99961", 1, 599, OddEvenBoth.Odd, "pre-101"));
        segments.Add(Segment("ss-2", "N", "MAIN", "ST", "MILLBROOK", "99961", 2, 598, OddEvenBoth.Even, "pre-102"));
        segments.Add(Segment("ss-3", "S", "MAIN", "ST", "MILLBROOK", "99962", 1, 999, OddEvenBoth.Both, "pre-102"));
        segments.Add(Segment("ss-4", null, "OAK", "ST", "EASTFIELD", "99963", 1, 300, OddEvenBoth.Both, "pre-101") with { UnitNumber = "B" });
        segments.Add(Segment("ss-5", null, "OAK", "ST", "MILLBROOK", "99961", 1, 300, OddEvenBoth.Both, "pre-102"));
        for (var i = 0; i < extraStreets; i++)
        {
            segments.Add(Segment($"ss-x{i}", null, $"STREET {i}", "RD", "MILLBROOK", "99961", 1, 99, OddEvenBoth.Both, "pre-101"));
        }
        var townWide = Segment("ss-t", null, "*", null, "HERON LAKE", "99964", 0, 0, OddEvenBoth.Both, "pre-111")
            with { IncludesAllStreets = true, IncludesAllAddresses = true };
        segments.Add(townWide);

        var eday = new OpeningPeriod(new DateOnly(2027, 3, 9), new DateOnly(2027, 3, 9), 7 * 60, 20 * 60, Offset);
        var allDay = new OpeningPeriod(new DateOnly(2027, 2, 8), new DateOnly(2027, 3, 8), 0, OpeningPeriod.MinutesPerDay, Offset,
            SubjectToChange: true);
        var locations = new[]
        {
            new PollingLocation("pl-201", placeName, new PostalAddress(["401 N Main St", "Community Room"], "Millbrook", "NL", "99961"),
                "North door", null, [eday], LocationRoles.ElectionDay),
            new PollingLocation("pl-301", "Government Center", new PostalAddress(["200 Court St"], "Millbrook", "NL", "99961"),
                null, "Mon-Sat 8-6", [allDay, eday with { OrByAppointment = true }], LocationRoles.EarlyVoting | LocationRoles.DropBox,
                "https://example.org/photo.jpg"),
        };
        var office = new ElectionOffice("Millbrook County Elections Office", "555-0142", "elections@example.org",
            new PostalAddress(["200 Court St", "Room 110"], "Millbrook", "NL", "99961"), null, "Mon-Fri 8-5", "Pat Doe", "Clerk",
            new OfficeLinks(Elections: "https://example.org", Registration: "https://example.org/register"));
        var facts = new ElectionFacts
        {
            DatasetVersion = version,
            JurisdictionName = "Millbrook County",
            StateCode = "NL",
            Office = office,
            StateOffice = office with { Name = "Northland Secretary of State", Address = null, Links = new OfficeLinks() },
            Elections =
            [
                new Election("el-1", "Special Election", new DateOnly(2027, 3, 9), new DateOnly(2027, 2, 22), null, true,
                    [eday], "7 a.m. to 8 p.m.", null, "Request by March 2", "https://example.org/results", false),
            ],
            Precincts = new[]
            {
                new Precinct("pre-101", "Millbrook 1", "101", "1", false, ["pl-201"]),
                new Precinct("pre-102", "Millbrook 2", "102", null, false, ["pl-201"]),
                new Precinct("pre-111", "Heron Lake", null, null, true, []),
            }.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal),
            Locations = locations.ToFrozenDictionary(l => l.Id, StringComparer.Ordinal),
            JurisdictionWideLocationIds = ["pl-301"],
            TownWideSegments = [townWide],
            ServedZips = new[] { "99961", "99962", "99963", "99964" }.ToFrozenSet(StringComparer.Ordinal),
            ServedCities = new[] { "MILLBROOK", "EASTFIELD", "HERON LAKE" }.ToFrozenSet(StringComparer.Ordinal),
            Faq =
            [
                new FaqEntry("election-when", Locale.English, "general", "When is the election?", "March 9, 2027.",
                    ["What day do I vote?"], "March ninth.", "Mar 9", "https://example.org/when", new DateOnly(2027, 1, 4), null, "Office"),
                new FaqEntry("election-when", Locale.Spanish, "general", "¿Cuándo es la elección?", "El 9 de marzo de 2027.",
                    [], null, null, null, null, new DateOnly(2027, 3, 16), null),
            ],
            Notices =
            [
                new EmergencyNotice("n-flood", "Oak St is closed.", "La calle Oak está cerrada.", null, ["pre-102"], [],
                    new DateTimeOffset(2027, 3, 9, 20, 0, 0, Offset)),
            ],
        };
        return new SampleDataset(facts, segments.ToImmutable());
    }

    private static StreetSegment Segment(string id, string? direction, string street, string? suffix, string city, string zip,
        int start, int end, OddEvenBoth parity, string precinct) =>
        new(id, direction, street, suffix, null, city, "NL", zip, start, end, parity, false, false, null, null, null, precinct);
}
