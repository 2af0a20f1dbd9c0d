namespace Elections.Bots.Lambda.Runtime;

public static class ExitCodes
{
    public const int Stopped = 0;

    /// <summary>Configuration or start-up failed; reported through /init/error first.</summary>
    public const int InitFailed = 1;

    /// <summary>The Runtime API stayed unreachable or unusable past the retry budget.</summary>
    public const int RuntimeApiLost = 2;
}
