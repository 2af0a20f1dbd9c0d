using System.Text.RegularExpressions;

namespace Elections.Bots.Core.Privacy;

/// <summary>The patterns that are easier as expressions than as word rules: e-mail addresses, written or said.</summary>
internal static partial class RedactionPatterns
{
    /// <summary>"ana.ruiz+votes@example.co" — anything around an @ that could be an address.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}._%+'-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*", RegexOptions.CultureInvariant)]
    public static partial Regex WrittenEmail();

    /// <summary>"ana dot ruiz at gmail dot com", "ana arroba gmail punto com" — as speech recognition writes an e-mail.</summary>
    [GeneratedRegex(
        @"\b[\p{L}\p{N}._-]+(?:\s+(?:dot|punto)\s+[\p{L}\p{N}_-]+)*\s+(?:at|arroba)\s+[\p{L}\p{N}_-]+(?:\s+(?:dot|punto)\s+[\p{L}\p{N}_-]+)+\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex SpokenEmail();
}
