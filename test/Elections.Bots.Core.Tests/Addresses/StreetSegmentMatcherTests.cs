using Elections.Bots.Core.Addresses;

namespace Elections.Bots.Core.Tests.Addresses;

public sealed class StreetSegmentMatcherTests
{
    private static readonly (Core.Facts.ElectionFacts Facts, Core.Store.InMemoryFactStore Store) Data = MatcherDataset.Build();

    [Theory]
    [InlineData("5 Oak Ave, 20001", "P4")]
    [InlineData("5 Oak Ave, 10001", "P1")]
    [InlineData("5 Oak Ave, Lakeside", "P4")]
    [InlineData("5 Oak Ave, Lakeside, 20001", "P4")]
    [InlineData("5 Oak Ave, Riverton, 20001", "P4")]
    [InlineData("5 Main St, 10001", "P1")]
    [InlineData("5 Main St, 10002", "P2")]
    public async Task MatchAsync_WhenStreetInSeveralPlaces_ZipDecidesThenTown(string text, string precinct) =>
        await AssertMatchedAsync(text, precinct);

    [Theory]
    [InlineData("5 Oak Ave, Riverton", "P1")]
    [InlineData("4 Oak Ave, Riverton", "P3")]
    [InlineData("10 Elm St Apt 2, Riverton", "P3")]
    [InlineData("10 Elm St #1, Riverton", "P2")]
    [InlineData("10 Elm St Apt 7, Riverton", "P1")]
    [InlineData("12 Elm St, Riverton", "P1")]
    [InlineData("5 Birch Ln Unit B, Riverton", "P3")]
    [InlineData("22 1/2 Bldg Ct, Riverton", "P2")]
    [InlineData("22 Bldg Ct, Riverton", "P1")]
    [InlineData("8150 Heron Lake Rd, Lakeside", "P4")]
    [InlineData("17 Anything Rd, Hamlet", "P5")]
    [InlineData("17 Anything Rd, 30001", "P5")]
    [InlineData("50 Pine St, Riverton", "P1")]
    [InlineData("5 N Center St, Riverton", "P1")]
    [InlineData("Quiet Way, Riverton", "P1")]
    public async Task MatchAsync_WhenOneSegmentTierDecides_ReturnsItsPrecinct(string text, string precinct) =>
        await AssertMatchedAsync(text, precinct);

    [Theory]
    [InlineData("8150 Heron Lake, Lakeside", "P4")]
    [InlineData("5 North Ridge Rd, Lakeside", "P4")]
    [InlineData("5 N Ridge Rd, Lakeside", "P4")]
    public async Task MatchAsync_WhenFeedNamesStreetDifferentlyThanRead_TriesOtherReading(string text, string precinct) =>
        await AssertMatchedAsync(text, precinct);

    [Theory]
    [InlineData("5 Main St, Riverton", AddressMatchStatus.NeedsDirectional, "N MAIN ST|S MAIN ST")]
    [InlineData("5 Harbor Rd, Riverton", AddressMatchStatus.NeedsDirectional, "HARBOR RD NE|HARBOR RD SE")]
    [InlineData("5 Lincoln, Riverton", AddressMatchStatus.NeedsStreetSuffix, "LINCOLN AVE|LINCOLN ST")]
    [InlineData("5 Oak Ave", AddressMatchStatus.NeedsZipOrCity, "HAMLET|LAKESIDE|RIVERTON")]
    [InlineData("5 Lincoln Ave", AddressMatchStatus.NeedsZipOrCity, "HAMLET|RIVERTON")]
    [InlineData("17 Anything Rd", AddressMatchStatus.NeedsZipOrCity, "HAMLET|LAKESIDE|RIVERTON")]
    [InlineData("10 Elm St, Riverton", AddressMatchStatus.NeedsUnit, "1|2")]
    [InlineData("5 Birch Ln, Riverton", AddressMatchStatus.NeedsUnit, "A|B")]
    [InlineData("Oak Ave, Riverton", AddressMatchStatus.NeedsHouseNumber, "")]
    [InlineData("Main St, Riverton", AddressMatchStatus.NeedsDirectional, "N MAIN ST|S MAIN ST")]
    public async Task MatchAsync_WhenSegmentsLeaveAChoice_AsksInsteadOfGuessing(
        string text, AddressMatchStatus status, string options)
    {
        var match = await MatchAsync(text);
        Assert.Equal(status, match.Status);
        Assert.Null(match.Precinct);
        Assert.Equal(options, string.Join('|', match.Options));
    }

    [Theory]
    [InlineData("5 Oak Ave, 99999", AddressMatchStatus.OutsideJurisdiction)]
    [InlineData("5 Oak Ave, Springfield", AddressMatchStatus.OutsideJurisdiction)]
    [InlineData("5 Oak Ave, Springfield, TX", AddressMatchStatus.OutsideJurisdiction)]
    [InlineData("5 Oak Ave, TX", AddressMatchStatus.OutsideJurisdiction)]
    [InlineData("5 Oak Ave, Riverton, TX", AddressMatchStatus.NotFound)]
    [InlineData("5 Oak Ave, Riverton, 99999", AddressMatchStatus.NotFound)]
    [InlineData("500 Oak Ave, Riverton", AddressMatchStatus.NotFound)]
    [InlineData("5 Nowhere St, Riverton", AddressMatchStatus.NotFound)]
    [InlineData("5 W Main St, Riverton", AddressMatchStatus.NotFound)]
    [InlineData("5 Birch Ln Apt C, Riverton", AddressMatchStatus.NotFound)]
    [InlineData("55 Cedar Ct, Riverton", AddressMatchStatus.NotFound)]
    [InlineData("5 Orphan St, Riverton", AddressMatchStatus.NotFound)]
    public async Task MatchAsync_WhenNoSegmentCanAnswer_SaysWhy(string text, AddressMatchStatus status) =>
        Assert.Equal(status, (await MatchAsync(text)).Status);

    [Fact]
    public async Task MatchAsync_WhenStreetFoundAtFirstReading_ReadsStoreOnce()
    {
        var store = new CountingFactStore(Data.Store);
        Assert.True(AddressParser.TryParse("5 Oak Ave, Riverton", out var address));
        await StreetSegmentMatcher.MatchAsync(address, Data.Facts, store, CancellationToken.None);
        Assert.Equal(["OAK"], store.Lookups);
    }

    [Fact]
    public async Task MatchAsync_WhenStreetNameEmpty_IsUnusable()
    {
        var address = new ParsedAddress(5, null, null, null, string.Empty, "ST", null, null, null, null, null);
        var match = await StreetSegmentMatcher.MatchAsync(address, Data.Facts, Data.Store, CancellationToken.None);
        Assert.Equal(AddressMatchStatus.Unusable, match.Status);
    }

    [Fact]
    public async Task MatchAsync_WhenMatched_NamesDecidingSegment()
    {
        var match = await MatchAsync("10 Elm St Apt 2, Riverton");
        Assert.Equal("s11", match.SegmentId);
    }

    private static async Task AssertMatchedAsync(string text, string precinct)
    {
        var match = await MatchAsync(text);
        Assert.Equal(AddressMatchStatus.Matched, match.Status);
        Assert.Equal(precinct, match.Precinct!.Id);
    }

    private static async Task<AddressMatch> MatchAsync(string text)
    {
        Assert.True(AddressParser.TryParse(text, Data.Facts.ServedCities, out var address), $"could not parse '{text}'");
        return await StreetSegmentMatcher.MatchAsync(address, Data.Facts, Data.Store, CancellationToken.None);
    }
}
