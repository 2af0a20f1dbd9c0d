namespace Elections.Bots.Alexa.DeviceAddress;

public enum DeviceAddressStatus
{
    /// <summary>A usable street address came back.</summary>
    Found,
    /// <summary>204, an empty body, or too little to find a polling place from (no street, no town or ZIP).</summary>
    NotSet,
    /// <summary>403: the voter has not granted the address permission, or revoked it.</summary>
    PermissionDenied,
    /// <summary>Throttled (429), a server error, a timeout or an unreachable API: ask the voter instead.</summary>
    Unavailable,
}
