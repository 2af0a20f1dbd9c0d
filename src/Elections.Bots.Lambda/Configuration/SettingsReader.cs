using System.Globalization;
using Elections.Bots.Lambda.Handlers;

namespace Elections.Bots.Lambda.Configuration;

/// <summary>
/// Reads and checks the function's configuration once, at start-up. Nothing else reads the environment: a
/// mistake is found before the first voter arrives and reported through <c>/init/error</c> in a sentence.
/// </summary>
public static class SettingsReader
{
    private const int MaxCacheTtlSeconds = 86_400;

    public static SettingsResult Read(IEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var problems = ImmutableArray.CreateBuilder<string>();

        var handler = Value(environment, EnvironmentNames.Handler);
        if (handler is null)
        {
            problems.Add($"{EnvironmentNames.Handler} is not set: it names the function ({string.Join(", ", HandlerNames.All)}).");
        }
        else if (!HandlerNames.All.Contains(handler))
        {
            problems.Add($"{EnvironmentNames.Handler} '{handler}' is not a function of this bootstrap: use {string.Join(", ", HandlerNames.All)}.");
        }
        else if (!HandlerRegistry.IsAvailable(handler))
        {
            problems.Add($"{EnvironmentNames.Handler} '{handler}' is not available in this build of bootstrap, which serves {string.Join(" and ", HandlerRegistry.Available)}.");
        }

        var (table, dataDirectory) = handler == HandlerNames.Import ? ReadPublishTarget(environment, problems) : ReadFactSource(environment, problems);
        var endpoint = ReadEndpoint(environment, problems);
        var region = Value(environment, EnvironmentNames.Region);
        if (table is not null && region is null && endpoint is null)
        {
            problems.Add($"{EnvironmentNames.Region} is not set: Lambda sets it; a local run with {EnvironmentNames.TableName} must set it too.");
        }

        var skillId = Value(environment, EnvironmentNames.AlexaSkillId);
        if (handler == HandlerNames.Alexa && skillId is null)
        {
            problems.Add($"{EnvironmentNames.AlexaSkillId} is required by the alexa function: it answers only its own skill's requests.");
        }

        var zone = ReadTimeZone(environment, problems);
        // The import function answers no voter, so it has nothing to say when data is missing.
        var phone = handler == HandlerNames.Import ? null : ReadPhone(environment, problems);
        var cacheTtl = ReadCacheTtl(environment, problems);

        if (problems.Count > 0) return new SettingsResult(null, problems.ToImmutable());
        return new SettingsResult(
            new FunctionSettings(handler!, table, dataDirectory, skillId, zone!, phone, cacheTtl, endpoint, region),
            []);
    }

    private static (string? Table, string? DataDirectory) ReadFactSource(IEnvironment environment, ImmutableArray<string>.Builder problems)
    {
        var table = Value(environment, EnvironmentNames.TableName);
        var data = Value(environment, EnvironmentNames.DataDirectory);
        if (table is not null && data is not null)
        {
            problems.Add($"Set one of {EnvironmentNames.TableName} and {EnvironmentNames.DataDirectory}, not both: the function answers from one dataset.");
            return (null, null);
        }
        if (table is null && data is null)
        {
            problems.Add($"Set {EnvironmentNames.TableName} (the DynamoDB facts table) or {EnvironmentNames.DataDirectory} (a dataset folder in the package).");
            return (null, null);
        }
        if (data is null) return (table, null);

        // A relative folder is inside the package, wherever the process was started from.
        var root = Value(environment, EnvironmentNames.TaskRoot) ?? AppContext.BaseDirectory;
        var folder = Path.GetFullPath(data, root);
        if (!Directory.Exists(folder))
        {
            problems.Add($"{EnvironmentNames.DataDirectory} '{data}' is not a folder (looked in {folder}).");
        }
        return (null, folder);
    }

    /// <summary>The import function publishes to the table; a packaged folder is something it cannot change.</summary>
    private static (string? Table, string? DataDirectory) ReadPublishTarget(IEnvironment environment, ImmutableArray<string>.Builder problems)
    {
        if (Value(environment, EnvironmentNames.DataDirectory) is not null)
        {
            problems.Add($"{EnvironmentNames.DataDirectory} is for the voter functions; the import function publishes to {EnvironmentNames.TableName}.");
        }
        var table = Value(environment, EnvironmentNames.TableName);
        if (table is null) problems.Add($"{EnvironmentNames.TableName} is required by the import function: the DynamoDB facts table it publishes to.");
        return (table, null);
    }

    private static string? ReadEndpoint(IEnvironment environment, ImmutableArray<string>.Builder problems)
    {
        foreach (var name in (ReadOnlySpan<string>)[EnvironmentNames.DynamoDbEndpoint, EnvironmentNames.Endpoint])
        {
            if (Value(environment, name) is not { } value) continue;
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return value;
            }
            problems.Add($"{name} '{value}' is not an absolute http or https URL.");
            return null;
        }
        return null;
    }

    private static TimeZoneInfo? ReadTimeZone(IEnvironment environment, ImmutableArray<string>.Builder problems)
    {
        // No default: a guessed zone would move every "today" and every deadline.
        if (Value(environment, EnvironmentNames.TimeZone) is not { } id)
        {
            problems.Add($"{EnvironmentNames.TimeZone} is required: the jurisdiction's IANA time zone, such as America/New_York.");
            return null;
        }
        var zone = TimeZoneResolver.Find(id, environment);
        if (zone is null)
        {
            problems.Add($"{EnvironmentNames.TimeZone} '{id}' is not a known IANA time zone (such as America/New_York).");
        }
        return zone;
    }

    private static string? ReadPhone(IEnvironment environment, ImmutableArray<string>.Builder problems)
    {
        if (Value(environment, EnvironmentNames.OfficePhone) is not { } phone)
        {
            problems.Add($"{EnvironmentNames.OfficePhone} is required: the election office's number, said when no data can be read.");
            return null;
        }
        var digits = phone.Count(char.IsAsciiDigit);
        var onlyPhoneCharacters = phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+' or '.');
        if (digits is < 7 or > 15 || !onlyPhoneCharacters)
        {
            problems.Add($"{EnvironmentNames.OfficePhone} '{phone}' is not a phone number (7 to 15 digits, such as 555-0100 or (555) 555-0100).");
            return null;
        }
        return phone;
    }

    private static TimeSpan ReadCacheTtl(IEnvironment environment, ImmutableArray<string>.Builder problems)
    {
        if (Value(environment, EnvironmentNames.CacheTtlSeconds) is not { } text) return FunctionSettings.DefaultCacheTtl;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= MaxCacheTtlSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }
        problems.Add($"{EnvironmentNames.CacheTtlSeconds} must be a whole number of seconds from 0 to {MaxCacheTtlSeconds}, not '{text}'.");
        return FunctionSettings.DefaultCacheTtl;
    }

    /// <summary>A blank variable counts as unset: templates often render an empty parameter as "".</summary>
    private static string? Value(IEnvironment environment, string name) =>
        environment.Get(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
