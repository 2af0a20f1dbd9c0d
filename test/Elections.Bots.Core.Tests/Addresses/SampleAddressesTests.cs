using Elections.Bots.Core.Addresses;

namespace Elections.Bots.Core.Tests.Addresses;

/// <summary>Every row of <c>samples/millbrook/addresses.csv</c> against the sample feed, as voters might write it.</summary>
public sealed class SampleAddressesTests
{
    private static readonly (Core.Facts.ElectionFacts Facts, Core.Store.InMemoryFactStore Store) Sample = SampleFeed.Load();

    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var (address, precinct) in SampleFeed.Addresses()) rows.Add(address, precinct);
        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public Task MatchAsync_WhenSampleAddressAsListed_FindsExpectedPrecinct(string address, string precinct) =>
        AssertMatchesAsync(address, precinct);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task MatchAsync_WhenSampleAddressTypedWithoutCommasInLowerCase_FindsExpectedPrecinct(string address, string precinct) =>
        AssertMatchesAsync(address.Replace(",", string.Empty, StringComparison.Ordinal).ToLowerInvariant(), precinct);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task MatchAsync_WhenSampleAddressSpelledOutWithZipPlusFour_FindsExpectedPrecinct(string address, string precinct)
    {
        var spelled = address
            .Replace(" N ", " North ", StringComparison.Ordinal).Replace(" S ", " South ", StringComparison.Ordinal)
            .Replace(" E ", " East ", StringComparison.Ordinal).Replace(" W ", " West ", StringComparison.Ordinal)
            .Replace(" St,", " Street,", StringComparison.Ordinal).Replace(" Rd", " Road", StringComparison.Ordinal)
            .Replace(" Ave,", " Avenue,", StringComparison.Ordinal).Replace(" Blvd,", " Boulevard,", StringComparison.Ordinal)
            .Replace(" NE,", " Northeast,", StringComparison.Ordinal).Replace(" 5th ", " Fifth ", StringComparison.Ordinal)
            .Replace(" 21st ", " Twenty-First ", StringComparison.Ordinal)
            + "-0001";
        return AssertMatchesAsync("My address is " + spelled, precinct);
    }

    [Fact]
    public void Rows_WhenSampleRead_CoverEveryListedAddress() => Assert.Equal(25, Rows().Count);

    private static async Task AssertMatchesAsync(string text, string expectedPrecinct)
    {
        Assert.True(AddressParser.TryParse(text, Sample.Facts.ServedCities, out var address), $"could not parse '{text}'");
        var match = await StreetSegmentMatcher.MatchAsync(address, Sample.Facts, Sample.Store, CancellationToken.None);
        if (expectedPrecinct.Length == 0)
        {
            Assert.Equal(AddressMatchStatus.OutsideJurisdiction, match.Status);
            return;
        }
        Assert.Equal(AddressMatchStatus.Matched, match.Status);
        Assert.Equal(expectedPrecinct, match.Precinct!.Id);
    }
}
