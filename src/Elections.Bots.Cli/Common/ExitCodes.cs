namespace Elections.Bots.Cli.Common;

/// <summary>What scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The command ran and found a problem (bad data, failed evaluation target).</summary>
    public const int Failure = 1;
    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
