namespace Elections.Bots.Alexa.DeviceAddress;

/// <summary>The Device Address API's <c>200</c> body. Any field may be null, and often most are.</summary>
public sealed record DeviceAddressBody
{
    [JsonPropertyName("addressLine1")]
    public string? AddressLine1 { get; init; }

    [JsonPropertyName("addressLine2")]
    public string? AddressLine2 { get; init; }

    [JsonPropertyName("addressLine3")]
    public string? AddressLine3 { get; init; }

    [JsonPropertyName("countryCode")]
    public string? CountryCode { get; init; }

    [JsonPropertyName("stateOrRegion")]
    public string? StateOrRegion { get; init; }

    [JsonPropertyName("city")]
    public string? City { get; init; }

    [JsonPropertyName("districtOrCounty")]
    public string? DistrictOrCounty { get; init; }

    [JsonPropertyName("postalCode")]
    public string? PostalCode { get; init; }
}
