using Elections.Bots.Alexa.DeviceAddress;

namespace Elections.Bots.Alexa.Tests.Support;

internal sealed class FakeDeviceAddressClient(DeviceAddressLookup result) : IDeviceAddressClient
{
    public static FakeDeviceAddressClient Unused => new(DeviceAddressLookup.Unavailable);

    public List<DeviceAddressQuery> Queries { get; } = [];

    public ValueTask<DeviceAddressLookup> GetAddressAsync(DeviceAddressQuery query, CancellationToken cancellationToken)
    {
        Queries.Add(query);
        return ValueTask.FromResult(result);
    }
}
