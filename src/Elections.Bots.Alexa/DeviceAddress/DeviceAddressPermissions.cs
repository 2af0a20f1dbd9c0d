namespace Elections.Bots.Alexa.DeviceAddress;

/// <summary>
/// Permission scopes for the AskForPermissionsConsent card. The skill manifest lists the same permission as
/// <c>alexa::devices:all:address:full:read</c>; the card takes this form.
/// </summary>
public static class DeviceAddressPermissions
{
    public const string FullAddress = "read::alexa:device:all:address";
}
