using Elections.Bots.Alexa.DeviceAddress;

namespace Elections.Bots.Alexa.Tests.DeviceAddress;

public sealed class DeviceAddressFormatterTests
{
    [Theory]
    [InlineData("12 Oak St", "Millbrook", "NL", "99961", "12 Oak St, Millbrook, NL 99961")]
    [InlineData(" 12 Oak St ", null, null, "99961", "12 Oak St, 99961")]
    [InlineData("12 Oak St", "Millbrook", null, null, "12 Oak St, Millbrook")]
    [InlineData("12 Oak St", "Millbrook", "NL", null, "12 Oak St, Millbrook, NL")]
    public void Compose_WhenStreetAndTownOrZip_WritesOneLine(string line1, string? city, string? state, string? zip, string expected) =>
        Assert.Equal(expected, DeviceAddressFormatter.Compose(new DeviceAddressBody { AddressLine1 = line1, City = city, StateOrRegion = state, PostalCode = zip }));

    [Fact]
    public void Compose_WhenNoStreet_IsNull() =>
        Assert.Null(DeviceAddressFormatter.Compose(new DeviceAddressBody { AddressLine1 = "  ", City = "Millbrook", PostalCode = "99961" }));

    [Fact]
    public void Compose_WhenNeitherTownNorZip_IsNull() =>
        Assert.Null(DeviceAddressFormatter.Compose(new DeviceAddressBody { AddressLine1 = "12 Oak St", StateOrRegion = "NL" }));

    [Fact]
    public void Compose_WhenFieldsAreHuge_CapsEach()
    {
        var line = DeviceAddressFormatter.Compose(new DeviceAddressBody { AddressLine1 = new string('1', 5000), City = new string('M', 5000) });

        Assert.Equal(202, line!.Length);
    }
}
