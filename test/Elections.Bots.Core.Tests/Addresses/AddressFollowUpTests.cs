using Elections.Bots.Core.Addresses;

namespace Elections.Bots.Core.Tests.Addresses;

/// <summary>A clarifying question, the voter's answer, and the precinct the combined address reaches.</summary>
public sealed class AddressFollowUpTests
{
    private static readonly (Core.Facts.ElectionFacts Facts, Core.Store.InMemoryFactStore Store) Data = MatcherDataset.Build();

    [Theory]
    [InlineData("5 Main St, Riverton", "north", "P1")]
    [InlineData("5 Main St, Riverton", "South Main Street", "P2")]
    [InlineData("5 Main St, Riverton", "N MAIN ST", "P1")]
    [InlineData("5 Main St, Riverton", "2", "P2")]
    [InlineData("5 Harbor Rd, Riverton", "northeast", "P1")]
    [InlineData("5 Harbor Rd, Riverton", "SE", "P2")]
    [InlineData("5 Lincoln, Riverton", "avenue", "P1")]
    [InlineData("5 Lincoln, Riverton", "Lincoln Street", "P3")]
    [InlineData("5 Oak Ave", "Lakeside", "P4")]
    [InlineData("5 Oak Ave", "in Riverton", "P1")]
    [InlineData("5 Oak Ave", "20001", "P4")]
    [InlineData("5 Oak Ave", "two zero zero zero one", "P4")]
    [InlineData("5 Oak Ave", "3", "P1")]
    [InlineData("Oak Ave, Riverton", "4", "P3")]
    [InlineData("Oak Ave, Riverton", "it's five", "P1")]
    [InlineData("Oak Ave, Riverton", "7 Oak Ave", "P1")]
    [InlineData("10 Elm St, Riverton", "2", "P3")]
    [InlineData("10 Elm St, Riverton", "apartment 1", "P2")]
    [InlineData("5 Birch Ln, Riverton", "b", "P3")]
    public async Task TryApply_WhenVoterAnswersQuestion_CombinedAddressReachesPrecinct(string first, string answer, string precinct)
    {
        Assert.True(AddressParser.TryParse(first, Data.Facts.ServedCities, out var address));
        var question = await MatchAsync(address);
        Assert.NotEqual(AddressMatchStatus.Matched, question.Status);

        Assert.True(AddressFollowUp.TryApply(address, question, answer, Data.Facts.ServedCities, out var updated));
        var match = await MatchAsync(updated);

        Assert.Equal(AddressMatchStatus.Matched, match.Status);
        Assert.Equal(precinct, match.Precinct!.Id);
    }

    [Theory]
    [InlineData("5 Main St, Riverton", "east")]
    [InlineData("5 Main St, Riverton", "")]
    [InlineData("Oak Ave, Riverton", "no idea")]
    [InlineData("10 Elm St, Riverton", "what?")]
    public async Task TryApply_WhenAnswerDoesNotFitQuestion_ReturnsFalse(string first, string answer)
    {
        Assert.True(AddressParser.TryParse(first, Data.Facts.ServedCities, out var address));
        var question = await MatchAsync(address);
        Assert.False(AddressFollowUp.TryApply(address, question, answer, Data.Facts.ServedCities, out _));
    }

    [Fact]
    public async Task TryApply_WhenAddressKeptAsText_AsksSameQuestionNextTurn()
    {
        Assert.True(AddressParser.TryParse("5 Main St, Riverton", out var address));
        Assert.True(AddressParser.TryParse(address.ToText(), out var reread));
        Assert.Equal<string>((await MatchAsync(address)).Options, (await MatchAsync(reread)).Options);
    }

    private static ValueTask<AddressMatch> MatchAsync(ParsedAddress address) =>
        StreetSegmentMatcher.MatchAsync(address, Data.Facts, Data.Store, CancellationToken.None);
}
