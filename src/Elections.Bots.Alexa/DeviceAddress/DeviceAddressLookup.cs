namespace Elections.Bots.Alexa.DeviceAddress;

/// <param name="Address">One line ("12 Oak St, Millbrook, NL 99961") when <see cref="Status"/> is Found.</param>
public readonly record struct DeviceAddressLookup(DeviceAddressStatus Status, string? Address = null)
{
    public static readonly DeviceAddressLookup NotSet = new(DeviceAddressStatus.NotSet);
    public static readonly DeviceAddressLookup PermissionDenied = new(DeviceAddressStatus.PermissionDenied);
    public static readonly DeviceAddressLookup Unavailable = new(DeviceAddressStatus.Unavailable);
}
