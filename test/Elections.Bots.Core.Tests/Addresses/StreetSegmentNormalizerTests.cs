using Elections.Bots.Core.Addresses;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Tests.Addresses;

public sealed class StreetSegmentNormalizerTests
{
    [Theory]
    [InlineData(null, "E Capitol St NE", null, null, "E|CAPITOL|ST|NE")]
    [InlineData(null, "Heron Lake", null, null, "|HERON LAKE||")]
    [InlineData(null, "North Ave", null, null, "|NORTH|AVE|")]
    [InlineData("", "Main St", "Street", "", "|MAIN|ST|")]
    [InlineData("North", "N Main", "st.", null, "N|MAIN|ST|")]
    [InlineData(null, "Fifth", "Avenue", null, "|5TH|AVE|")]
    [InlineData(null, "5", "Ave", null, "|5TH|AVE|")]
    [InlineData(null, "Martin Luther King Jr.", "Blvd", null, "|MARTIN LUTHER KING JR|BLVD|")]
    [InlineData(null, "North Ridge", "Rd", null, "|NORTH RIDGE|RD|")]
    [InlineData(null, "*", null, null, "|*||")]
    public void FromFeed_WhenStreetColumnsGiven_NormalizesLikeVoterInput(
        string? direction, string name, string? suffix, string? addressDirection, string expected)
    {
        var s = Segment(direction, name, suffix, addressDirection);
        Assert.Equal(expected, $"{s.PreDirectional}|{s.StreetName}|{s.StreetSuffix}|{s.PostDirectional}");
    }

    [Fact]
    public void FromFeed_WhenIncludesAllStreets_IsTownWideWhateverTheName()
    {
        var s = StreetSegmentNormalizer.FromFeed("t", null, "Main", "St", null, "Birch Corners", "NL", "99968", 0, 0,
            OddEvenBoth.Both, false, true, null, null, null, "p");
        Assert.Equal(("*", true, "BIRCH CORNERS"), (s.StreetName, s.IncludesAllStreets, s.City));
    }

    [Theory]
    [InlineData("99961-1234", "99961")]
    [InlineData(" 999611234 ", "99961")]
    [InlineData("99961", "99961")]
    [InlineData("9996", null)]
    [InlineData("", null)]
    public void NormalizeZip_WhenZipOrZipPlusFour_KeepsFiveDigits(string zip, string? expected) =>
        Assert.Equal(expected, StreetSegmentNormalizer.NormalizeZip(zip));

    [Theory]
    [InlineData(" pine  hollow ", "PINE HOLLOW")]
    [InlineData("St. Louis", "SAINT LOUIS")]
    [InlineData("Mt Vernon", "MOUNT VERNON")]
    [InlineData("Millbrook", "MILLBROOK")]
    [InlineData("", "")]
    public void NormalizeCity_WhenSpelledVariously_WritesOneForm(string city, string expected) =>
        Assert.Equal(expected, StreetSegmentNormalizer.NormalizeCity(city));

    [Theory]
    [InlineData("Apt 4-B", "4B")]
    [InlineData("#4B", "4B")]
    [InlineData("4b", "4B")]
    [InlineData("A", "A")]
    [InlineData("Rear", "REAR")]
    [InlineData("", null)]
    public void NormalizeUnit_WhenDesignatorOrNot_KeepsValueLikeParser(string unit, string? expected) =>
        Assert.Equal(expected, StreetSegmentNormalizer.NormalizeUnit(unit));

    [Fact]
    public void FromFeed_WhenSampleSegmentRead_VoterTypingItsStreetGetsSameKeys()
    {
        var (facts, _) = SampleFeed.Load();
        foreach (var row in SampleFeed.Read(Path.Combine("vip", "street_segment.txt")).Rows.Where(r => r.Get("street_name") != "*"))
        {
            var (pre, name, suffix, post) =
                (row.Get("street_direction"), row.Required("street_name"), row.Get("street_suffix"), row.Get("address_direction"));
            var typed = $"100 {pre} {name} {suffix} {post}";
            Assert.True(AddressParser.TryParse(typed, facts.ServedCities, out var voter), typed);
            var feed = Segment(pre, name, suffix, post);
            Assert.Equal(
                (feed.PreDirectional, feed.StreetName, feed.StreetSuffix, feed.PostDirectional),
                (voter.PreDirectional, voter.StreetName, voter.StreetSuffix, voter.PostDirectional));
        }
    }

    private static StreetSegment Segment(string? direction, string name, string? suffix, string? addressDirection) =>
        StreetSegmentNormalizer.FromFeed("s", direction, name, suffix, addressDirection, "Millbrook", "NL", "99961",
            1, 99, OddEvenBoth.Both, false, false, null, null, null, "p");
}
