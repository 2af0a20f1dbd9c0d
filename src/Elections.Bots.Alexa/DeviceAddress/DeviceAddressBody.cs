namespace Elections.Bots.Alexa.DeviceAddress;

/// <summary>The Device Address API's <c>200</c> body. Any field may be null, and often most are.</summary>
public sealed record DeviceAddressBody
{
    [JsonPropertyName("addressLine1")]
    public string? AddressLine1 { get; set; }

    [JsonPropertyName("addressLine2")]
    public string? AddressLine2 { get; set; }

    [JsonPropertyName("addressLine3")]
    public string? AddressLine3 { get; set; }

    [JsonPropertyName("countryCode")]
    public string? CountryCode { get; set; }

    [JsonPropertyName("stateOrRegion")]
    public string? StateOrRegion { get; set; }

    [JsonPropertyName("city")]
    public string? City { get; set; }

    [JsonPropertyName("districtOrCounty")]
    public string? DistrictOrCounty { get; set; }

    [JsonPropertyName("postalCode")]
    public string? PostalCode { get; set; }
}
