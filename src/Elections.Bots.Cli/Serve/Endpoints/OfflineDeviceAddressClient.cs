using Elections.Bots.Alexa.DeviceAddress;

namespace Elections.Bots.Cli.Serve.Endpoints;

/// <summary>
/// The playground never calls Amazon: a captured request's API endpoint and token would send it to the real
/// Device Address API. "Unavailable" makes the skill ask the voter for the address, as it does when the API is down.
/// </summary>
internal sealed class OfflineDeviceAddressClient : IDeviceAddressClient
{
    public ValueTask<DeviceAddressLookup> GetAddressAsync(DeviceAddressQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DeviceAddressLookup.Unavailable);
}
