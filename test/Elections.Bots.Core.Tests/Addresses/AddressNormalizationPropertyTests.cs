using System.Collections.Frozen;
using Elections.Bots.Core.Addresses;

namespace Elections.Bots.Core.Tests.Addresses;

/// <summary>
/// Generated addresses in many spellings: whatever the parser writes, it reads back unchanged, so an address
/// kept between turns as text means the same on the next turn.
/// </summary>
public sealed class AddressNormalizationPropertyTests
{
    private static readonly string[] Numbers = ["1", "22", "401", "1150", "B22", "22A", "22 1/2", "123-45", "four oh one", "twelve thirty four", "one twenty", ""];
    private static readonly string[] Directions = ["", "N", "n.", "North", "SOUTH", "NE", "Northeast", "w", "E"];
    private static readonly string[] Names = ["Main", "Oak Ridge", "Martin Luther King Jr", "5th", "Fifth", "Twenty-First", "St. James", "Old Mill", "Cherry Blossom", "Park", "North", "E", "Heron Lake", "Pine Hollow", "Highway 7", "Avenue B", "Front", "Court"];
    private static readonly string[] Suffixes = ["", "St", "Street", "Ave", "avenue", "Blvd", "Rd", "Road", "Dr", "Ln", "Pkwy", "Hwy", "Ct", "Way", "Hollow", "Lake", "Ext"];
    private static readonly string[] Units = ["", "Apt 3", "#4B", "Unit 12", "Suite 200", "Rear", "Apt 4 B", "Bldg 2 Apt 3", "Upper", "Lot 5"];
    private static readonly string[] Towns = ["", "Millbrook", "Pine Hollow", "St. Louis", "Birch Corners", "Springfield", "Lower Merion", "North Ridge", "Cedar Falls"];
    private static readonly string[] States = ["", "NL", "Northland", "New York", "tx", "Washington"];
    private static readonly string[] Zips = ["", "99961", "99961-1234", "12345", "nine nine nine six one"];
    private static readonly FrozenSet<string> KnownTowns =
        new[] { "MILLBROOK", "PINE HOLLOW", "BIRCH CORNERS" }.ToFrozenSet(StringComparer.Ordinal);

    public static TheoryData<string, bool> Generated()
    {
        var random = new Random(20270309);
        var data = new TheoryData<string, bool>();
        while (data.Count < 400)
        {
            var street = Join(' ', Pick(random, Numbers), Pick(random, Directions), Pick(random, Names), Pick(random, Suffixes),
                random.Next(4) == 0 ? Pick(random, Directions) : string.Empty, Pick(random, Units));
            var separator = random.Next(2) == 0 ? ", " : " ";
            var text = Join(separator, street, Pick(random, Towns), Join(' ', Pick(random, States), Pick(random, Zips)));
            text = random.Next(3) == 0 ? text.ToLowerInvariant() : text;
            var known = random.Next(2) == 0;
            // Only what reads as an address at all; words with neither number nor street type are refused elsewhere.
            if (AddressParser.TryParse(text, known ? KnownTowns : null, out _)) data.Add(text, known);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Generated))]
    public void TryParse_WhenOwnOutputReadBack_ReturnsSameAddress(string text, bool withKnownTowns)
    {
        var towns = withKnownTowns ? KnownTowns : null;
        Assert.True(AddressParser.TryParse(text, towns, out var first), $"could not parse '{text}'");
        var written = first.ToText();
        Assert.True(AddressParser.TryParse(written, towns, out var second), $"could not re-read '{written}'");
        Assert.Equal(written, second.ToText());
        Assert.True(first == second, $"'{text}' → '{written}' read back differently");
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Join(char separator, params string[] parts) =>
        string.Join(separator, parts.Where(p => p.Length > 0));

    private static string Join(string separator, params string[] parts) =>
        string.Join(separator, parts.Where(p => p.Length > 0));
}
