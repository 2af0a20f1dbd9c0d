namespace Elections.Bots.Alexa.DeviceAddress;

/// <summary>The Alexa Device Address API: a seam so the skill's address flow is testable without Alexa.</summary>
public interface IDeviceAddressClient
{
    /// <summary>Never throws for an API failure: every outcome is a <see cref="DeviceAddressStatus"/>.</summary>
    ValueTask<DeviceAddressLookup> GetAddressAsync(DeviceAddressQuery query, CancellationToken cancellationToken);
}
