using Elections.Bots.Core.Addresses;

namespace Elections.Bots.Core.Tests.Addresses;

public sealed class StreetWordingTests
{
    [Theory]
    [InlineData("N MAIN ST", "North Main Street")]
    [InlineData("HARBOR RD NE", "Harbor Road Northeast")]
    [InlineData("5TH AVE", "5th Avenue")]
    [InlineData("E ST", "E Street")]
    [InlineData("NORTH AVE", "North Avenue")]
    [InlineData("MARTIN LUTHER KING JR BLVD", "Martin Luther King Jr Boulevard")]
    [InlineData("RIDGELINE HWY", "Ridgeline Highway")]
    [InlineData("SW OAK HOLW", "Southwest Oak Hollow")]
    public void ForSpeech_WhenStreetOption_SpellsOutAbbreviationsButNotTheName(string street, string speech) =>
        Assert.Equal(speech, StreetWording.ForSpeech(street));
}
