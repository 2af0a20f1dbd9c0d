using System.Collections.Frozen;
using Elections.Bots.Core.Addresses;

namespace Elections.Bots.Core.Tests.Addresses;

/// <summary>Town, state and ZIP, with and without commas, and what is not an address.</summary>
public sealed class AddressParserLocalityTests
{
    private static readonly FrozenSet<string> Towns =
        new[] { "MILLBROOK", "EASTFIELD", "PINE HOLLOW", "BIRCH CORNERS", "SAINT LOUIS" }.ToFrozenSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("401 N Main St, Millbrook, NL 99961", "401 N MAIN ST, MILLBROOK, NL 99961")]
    [InlineData("401 N Main St, Millbrook, NL 99961-1234", "401 N MAIN ST, MILLBROOK, NL 99961")]
    [InlineData("401 N Main St Millbrook NL 999611234", "401 N MAIN ST, MILLBROOK, NL 99961")]
    [InlineData("401 N Main St 99961", "401 N MAIN ST, 99961")]
    [InlineData("401 N Main St, Millbrook, N.L. 99961", "401 N MAIN ST, MILLBROOK, NL 99961")]
    [InlineData("401 north main street millbrook", "401 N MAIN ST, MILLBROOK")]
    [InlineData("401 north main street millbrook nine nine nine six one", "401 N MAIN ST, MILLBROOK, 99961")]
    [InlineData("1150 N. Main Street Apt 3, Millbrook 99961", "1150 N MAIN ST # 3, MILLBROOK, 99961")]
    [InlineData("401 N Main St, Millbrook, Northland 99961", "401 N MAIN ST, MILLBROOK, 99961")]
    [InlineData("12 Maple St Pine Hollow", "12 MAPLE ST, PINE HOLLOW")]
    [InlineData("17 Crossroads Rd Birch Corners NL", "17 CROSSROADS RD, BIRCH CORNERS, NL")]
    [InlineData("12 Oak St, Albany, New York 12207", "12 OAK ST, ALBANY, NY 12207")]
    [InlineData("12 Oak St Springfield Illinois", "12 OAK ST, SPRINGFIELD, IL")]
    [InlineData("12 Main St, Hartford, CT", "12 MAIN ST, HARTFORD, CT")]
    [InlineData("12 Main St, Tulsa, OK 74101", "12 MAIN ST, TULSA, OK 74101")]
    [InlineData("12 Main St, St. Louis, MO", "12 MAIN ST, SAINT LOUIS, MO")]
    [InlineData("220 Harbor Rd NE Millbrook", "220 HARBOR RD NE, MILLBROOK")]
    [InlineData("12 Main St North Ridge", "12 MAIN ST, NORTH RIDGE")]
    public void TryParse_WhenTownStateOrZipGiven_ReadsThem(string text, string expected) =>
        AddressParserStreetTests.AssertParses(text, expected);

    [Theory]
    [InlineData("401 north main millbrook", "401 N MAIN, MILLBROOK")]
    [InlineData("5 Pine Hollow Rd Pine Hollow", "5 PINE HOLLOW RD, PINE HOLLOW")]
    [InlineData("12 Maple Pine Hollow NL", "12 MAPLE, PINE HOLLOW, NL")]
    [InlineData("12 Maple Pine Hollow Northland", "12 MAPLE, PINE HOLLOW")]
    [InlineData("17 Crossroads Birch Corners", "17 CROSSROADS, BIRCH CORNERS")]
    [InlineData("1000 Millbrook Pkwy", "1000 MILLBROOK PKWY")]
    [InlineData("1000 Millbrook Pkwy Millbrook", "1000 MILLBROOK PKWY, MILLBROOK")]
    [InlineData("5 Pine Hollow", "5 PINE HOLW")]
    [InlineData("12 Main St St Louis", "12 MAIN ST, SAINT LOUIS")]
    public void TryParse_WhenKnownTownsGiven_FindsTownWithoutCommas(string text, string expected) =>
        AddressParserStreetTests.AssertParses(text, expected, Towns);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("!!! ???")]
    [InlineData("12")]
    [InlineData("99961")]
    [InlineData("PO Box 12")]
    [InlineData("P.O. Box 12, Millbrook")]
    [InlineData("Rural Route 2 Box 5")]
    [InlineData("what time do the polls close")]
    public void TryParse_WhenNotAnAddress_ReturnsFalse(string? text) =>
        Assert.False(AddressParser.TryParse(text, out _));

    [Fact]
    public void TryParse_WhenTextLongerThanAnyAddress_ReturnsFalse() =>
        Assert.False(AddressParser.TryParse("12 Oak St " + new string('x', AddressParser.MaxTextLength), out _));

    [Fact]
    public void TryParse_WhenParsed_ExposesPublicationPartsSeparately()
    {
        Assert.True(AddressParser.TryParse("B22 1/2 north Oak Ridge Drive NE, apt 4b, Pine Hollow, NL 99966-0001", out var a));
        Assert.Equal(
            (22, "B", "1/2", "N", "OAK RIDGE", "DR", "NE", "4B", "PINE HOLLOW", "NL", "99966"),
            (a.HouseNumber, a.HouseNumberPrefix, a.HouseNumberSuffix, a.PreDirectional, a.StreetName, a.StreetSuffix,
                a.PostDirectional, a.Unit, a.City, a.State, a.Zip));
    }

    [Fact]
    public void ToString_WhenAddressPrinted_ShowsNoPersonalData()
    {
        Assert.True(AddressParser.TryParse("401 N Main St, Millbrook", out var a));
        Assert.DoesNotContain("MAIN", a.ToString(), StringComparison.Ordinal);
    }
}
