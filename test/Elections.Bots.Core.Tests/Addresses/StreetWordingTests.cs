using Elections.Bots.Core.Addresses;

namespace Elections.Bots.Core.Tests.Addresses;

public sealed class StreetWordingTests
{
    [Theory]
    [InlineData("N MAIN ST", "N Main St", "North Main Street")]
    [InlineData("HARBOR RD NE", "Harbor Rd NE", "Harbor Road Northeast")]
    [InlineData("5TH AVE", "5th Ave", "5th Avenue")]
    [InlineData("E ST", "E St", "E Street")]
    [InlineData("NORTH AVE", "North Ave", "North Avenue")]
    [InlineData("MARTIN LUTHER KING JR BLVD", "Martin Luther King Jr Blvd", "Martin Luther King Jr Boulevard")]
    [InlineData("RIDGELINE HWY", "Ridgeline Hwy", "Ridgeline Highway")]
    public void ForDisplayAndSpeech_WhenStreetOption_WritesForScreenAndVoice(string street, string display, string speech)
    {
        Assert.Equal(display, StreetWording.ForDisplay(street));
        Assert.Equal(speech, StreetWording.ForSpeech(street));
    }

    [Theory]
    [InlineData("PINE HOLLOW", "Pine Hollow")]
    [InlineData("SAINT LOUIS", "Saint Louis")]
    [InlineData("99961", "99961")]
    public void TownForDisplay_WhenNormalizedTown_TitleCases(string town, string expected) =>
        Assert.Equal(expected, StreetWording.TownForDisplay(town));
}
