using System.Buffers;

namespace Elections.Bots.Lambda.Configuration;

/// <summary>
/// Finds the jurisdiction's IANA time zone in the system's database, or else in the copy packaged next to
/// <c>bootstrap</c>: provided.al2023 has no <c>/usr/share/zoneinfo</c>, and a wrong "today" is a wrong deadline.
/// </summary>
public static class TimeZoneResolver
{
    public const string PackagedFolder = "zoneinfo";

    private static readonly SearchValues<char> IdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/_+-");

    public static TimeZoneInfo? Find(string ianaId, IEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        // Only IANA names: this also keeps a configured value from naming a path outside the database.
        if (ianaId.Length is 0 or > 64 || ianaId.AsSpan().IndexOfAnyExcept(IdCharacters) >= 0 || ianaId.Contains("..", StringComparison.Ordinal)
            || ianaId.StartsWith('/'))
        {
            return null;
        }
        if (TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone)) return zone;

        if (environment.Get(EnvironmentNames.TimeZoneDirectory) is not null) return null;
        var packaged = Path.Combine(environment.Get(EnvironmentNames.TaskRoot) ?? AppContext.BaseDirectory, PackagedFolder);
        if (!File.Exists(Path.Combine(packaged, ianaId))) return null;
        // .NET reads TZDIR on every lookup, so pointing it at the package is enough for this and later lookups.
        environment.Set(EnvironmentNames.TimeZoneDirectory, packaged);
        return TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out zone) ? zone : null;
    }
}
