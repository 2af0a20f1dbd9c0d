namespace Elections.Bots.Alexa.DeviceAddress;

public sealed record DeviceAddressClientOptions
{
    /// <summary>
    /// Alexa abandons a skill after about 8 s; the address is a convenience the voter can replace by saying it,
    /// so it gets at most 1.5 s of that budget.
    /// </summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMilliseconds(1500);

    public TimeSpan Timeout { get; init; } = MaxTimeout;

    /// <summary>
    /// Tests only: also send the token to a plain-http loopback endpoint. Otherwise the token goes to an https
    /// host under amazonalexa.com and nowhere else, whatever apiEndpoint a request names.
    /// </summary>
    public bool AllowLoopbackHttp { get; init; }
}
