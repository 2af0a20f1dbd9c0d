using Elections.Bots.Core.Addresses;

namespace Elections.Bots.Core.Tests.Addresses;

/// <summary>The street line of Publication 28 normalization: suffixes, directionals, numbered streets, units.</summary>
public sealed class AddressParserStreetTests
{
    [Theory]
    [InlineData("12 Oak Street", "12 OAK ST")]
    [InlineData("12 Oak Str", "12 OAK ST")]
    [InlineData("12 Oak Strt", "12 OAK ST")]
    [InlineData("12 Oak Avenue", "12 OAK AVE")]
    [InlineData("12 Oak Av", "12 OAK AVE")]
    [InlineData("12 Oak Aven", "12 OAK AVE")]
    [InlineData("12 Oak Avnue", "12 OAK AVE")]
    [InlineData("12 Sunset Boulevard", "12 SUNSET BLVD")]
    [InlineData("12 Sunset Boulv", "12 SUNSET BLVD")]
    [InlineData("12 Oak Drive", "12 OAK DR")]
    [InlineData("12 Oak Drv", "12 OAK DR")]
    [InlineData("12 Oak Court", "12 OAK CT")]
    [InlineData("12 Oak Circle", "12 OAK CIR")]
    [InlineData("12 Oak Crcl", "12 OAK CIR")]
    [InlineData("12 Oak Terrace", "12 OAK TER")]
    [InlineData("12 Oak Parkway", "12 OAK PKWY")]
    [InlineData("12 Oak Pky", "12 OAK PKWY")]
    [InlineData("12 Ridgeline Highway", "12 RIDGELINE HWY")]
    [InlineData("12 Ridgeline Hiway", "12 RIDGELINE HWY")]
    [InlineData("12 Mill Crossing", "12 MILL XING")]
    [InlineData("12 Oak Heights", "12 OAK HTS")]
    [InlineData("12 Town Square", "12 TOWN SQ")]
    [InlineData("12 Oak Expressway", "12 OAK EXPY")]
    [InlineData("12 Oak Turnpike", "12 OAK TPKE")]
    [InlineData("12 Oak Trail", "12 OAK TRL")]
    [InlineData("12 Oak Place", "12 OAK PL")]
    [InlineData("12 Oak Lane", "12 OAK LN")]
    [InlineData("12 Oak Road", "12 OAK RD")]
    [InlineData("12 Oak Freeway", "12 OAK FWY")]
    [InlineData("12 Bear Mountain", "12 BEAR MTN")]
    [InlineData("12 Park Ave", "12 PARK AVE")]
    [InlineData("12 Oak Ridge Dr", "12 OAK RIDGE DR")]
    [InlineData("12 Old Mill Road", "12 OLD MILL RD")]
    [InlineData("12 Martin Luther King Junior Boulevard", "12 MARTIN LUTHER KING JR BLVD")]
    [InlineData("12 Broadway", "12 BROADWAY")]
    [InlineData("12 Main St Ext", "12 MAIN ST EXT")]
    public void TryParse_WhenSuffixVariant_WritesStandardAbbreviationForLastSuffixWordOnly(string text, string expected) =>
        AssertParses(text, expected);

    [Theory]
    [InlineData("401 North Main Street", "401 N MAIN ST")]
    [InlineData("401 N. Main St.", "401 N MAIN ST")]
    [InlineData("401 north main", "401 N MAIN")]
    [InlineData("220 Harbor Road Northeast", "220 HARBOR RD NE")]
    [InlineData("220 Harbor Rd N.E.", "220 HARBOR RD NE")]
    [InlineData("220 Harbor Rd North East", "220 HARBOR RD NE")]
    [InlineData("100 Southwest Oak Ave", "100 SW OAK AVE")]
    [InlineData("100 Main St S", "100 MAIN ST S")]
    [InlineData("12 North Ave", "12 NORTH AVE")]
    [InlineData("12 East St", "12 EAST ST")]
    [InlineData("12 E St", "12 E ST")]
    [InlineData("100 E St NE", "100 E ST NE")]
    [InlineData("12 N North St", "12 N NORTH ST")]
    [InlineData("100 E Capitol St NE", "100 E CAPITOL ST NE")]
    public void TryParse_WhenDirectional_AbbreviatesItUnlessItIsTheStreetName(string text, string expected) =>
        AssertParses(text, expected);

    [Theory]
    [InlineData("310 Fifth Ave", "310 5TH AVE")]
    [InlineData("310 5th Avenue", "310 5TH AVE")]
    [InlineData("310 5 Ave", "310 5TH AVE")]
    [InlineData("417 twenty-first street", "417 21ST ST")]
    [InlineData("417 Twenty First St", "417 21ST ST")]
    [InlineData("417 21 St", "417 21ST ST")]
    [InlineData("417 21st St", "417 21ST ST")]
    [InlineData("417 21th St", "417 21ST ST")]
    [InlineData("12 2nd St", "12 2ND ST")]
    [InlineData("12 Third Ave", "12 3RD AVE")]
    [InlineData("12 11th St", "12 11TH ST")]
    [InlineData("12 112 St", "12 112TH ST")]
    [InlineData("9 One Hundred Twenty Fifth Street", "9 125TH ST")]
    [InlineData("1200 Highway 7", "1200 HIGHWAY 7")]
    [InlineData("1200 Hwy 7", "1200 HIGHWAY 7")]
    [InlineData("40 County Rd 12", "40 COUNTY ROAD 12")]
    public void TryParse_WhenNumberedStreet_WritesOrdinal(string text, string expected) =>
        AssertParses(text, expected);

    [Theory]
    [InlineData("four oh one north main street", "401 N MAIN ST")]
    [InlineData("four zero one Main St", "401 MAIN ST")]
    [InlineData("twelve thirty four Main Street", "1234 MAIN ST")]
    [InlineData("one twenty Oak St", "120 OAK ST")]
    [InlineData("four hundred one Oak St", "401 OAK ST")]
    [InlineData("twelve hundred Oak St", "1200 OAK ST")]
    [InlineData("twenty one Oak St", "21 OAK ST")]
    [InlineData("four twenty first street", "4 21ST ST")]
    [InlineData("B22 Main St", "B22 MAIN ST")]
    [InlineData("22A Main St", "22A MAIN ST")]
    [InlineData("22 1/2 Main St", "22 1/2 MAIN ST")]
    [InlineData("22½ Main St", "22 1/2 MAIN ST")]
    [InlineData("123-45 Main St", "123-45 MAIN ST")]
    [InlineData("Main Street", "MAIN ST")]
    [InlineData("Main Street 401", "401 MAIN ST")]
    [InlineData("calle Main 401", "401 MAIN")]
    public void TryParse_WhenHouseNumberWrittenOrSpoken_ReadsIt(string text, string expected) =>
        AssertParses(text, expected);

    [Theory]
    [InlineData("1150 N Main St Apt 3", "1150 N MAIN ST # 3")]
    [InlineData("1150 N Main St #4B", "1150 N MAIN ST # 4B")]
    [InlineData("1150 N Main St # 4B", "1150 N MAIN ST # 4B")]
    [InlineData("1150 N Main St Unit 3", "1150 N MAIN ST # 3")]
    [InlineData("1150 N Main St Suite 200", "1150 N MAIN ST # 200")]
    [InlineData("1150 N Main St Ste 200", "1150 N MAIN ST # 200")]
    [InlineData("1150 N Main St Apartment 4 B", "1150 N MAIN ST # 4B")]
    [InlineData("1150 N Main St apartment four b", "1150 N MAIN ST # 4B")]
    [InlineData("1150 N Main St Apt. 4-B", "1150 N MAIN ST # 4B")]
    [InlineData("1150 N Main St Apt No 7", "1150 N MAIN ST # 7")]
    [InlineData("1150 N Main St 4B", "1150 N MAIN ST # 4B")]
    [InlineData("1150 N Main St Rear", "1150 N MAIN ST # REAR")]
    [InlineData("1150 N Main St Bldg 2 Apt 3", "1150 N MAIN ST # 2 # 3")]
    [InlineData("1150 Main Apt 3", "1150 MAIN # 3")]
    [InlineData("1150 N Main St, Apt 3, Millbrook", "1150 N MAIN ST # 3, MILLBROOK")]
    [InlineData("1150 N Main St, #3, Millbrook", "1150 N MAIN ST # 3, MILLBROOK")]
    [InlineData("1150 N Main St, 3B, Millbrook", "1150 N MAIN ST # 3B, MILLBROOK")]
    [InlineData("1150 Front St", "1150 FRONT ST")]
    [InlineData("1150 Lot Ave", "1150 LOT AVE")]
    public void TryParse_WhenUnitGiven_KeepsOnlyItsValue(string text, string expected) =>
        AssertParses(text, expected);

    [Theory]
    [InlineData("12 St. James St", "12 SAINT JAMES ST")]
    [InlineData("12 Saint James Street", "12 SAINT JAMES ST")]
    [InlineData("12 St James", "12 SAINT JAMES")]
    [InlineData("12 Mt Vernon Ave", "12 MOUNT VERNON AVE")]
    [InlineData("12 Main St.", "12 MAIN ST")]
    [InlineData("12 O'Brien Ct", "12 OBRIEN CT")]
    [InlineData("  12   Oak   St  ", "12 OAK ST")]
    [InlineData("12 OAK ST", "12 OAK ST")]
    public void TryParse_WhenSaintOrPunctuation_NormalizesByPosition(string text, string expected) =>
        AssertParses(text, expected);

    [Theory]
    [InlineData("I live at 12 Oak St", "12 OAK ST")]
    [InlineData("My address is 12 Oak St please", "12 OAK ST")]
    [InlineData("Um, it's 12 Oak St, thanks", "12 OAK ST")]
    [InlineData("vivo en 12 Oak St", "12 OAK ST")]
    [InlineData("Mi dirección es 12 Oak St", "12 OAK ST")]
    [InlineData("vivo en la calle Main 401", "401 MAIN")]
    [InlineData("401 calle Main", "401 MAIN")]
    [InlineData("401 Avenida Lincoln", "401 LINCOLN AVE")]
    [InlineData("I live on Main Street", "MAIN ST")]
    [InlineData("La Salle St", "LA SALLE ST")]
    public void TryParse_WhenFillerAroundAddress_StripsIt(string text, string expected) =>
        AssertParses(text, expected);

    internal static void AssertParses(string text, string expected, IReadOnlySet<string>? cities = null)
    {
        Assert.True(AddressParser.TryParse(text, cities, out var address), $"could not parse '{text}'");
        Assert.Equal(expected, address.ToText());
    }
}
