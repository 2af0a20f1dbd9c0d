namespace Elections.Bots.Cli.Common;

/// <summary>A command-line value that cannot be used; its message says what would be accepted.</summary>
internal sealed class UsageException(string message) : Exception(message);
