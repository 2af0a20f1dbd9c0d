namespace Elections.Bots.Alexa.DeviceAddress;

/// <summary>Where to ask and with what: all three come from <c>context.System</c> of the request.</summary>
public sealed record DeviceAddressQuery(string ApiEndpoint, string DeviceId, string ApiAccessToken)
{
    // The token is a credential: keep it out of any string a record would otherwise print.
    public override string ToString() => nameof(DeviceAddressQuery);
}
