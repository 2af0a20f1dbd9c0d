using Elections.Bots.Lambda.Configuration;
using Elections.Bots.Tests;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>A valid environment for the bundled Millbrook dataset, which each test then breaks or extends.</summary>
internal static class Millbrook
{
    public const string Phone = "555-0100";

    public static FakeEnvironment Environment(string handler = "lex", string? runtimeApi = null)
    {
        var environment = new FakeEnvironment(new Dictionary<string, string>
        {
            [EnvironmentNames.Handler] = handler,
            [EnvironmentNames.DataDirectory] = RepositoryPaths.MillbrookDataset,
            [EnvironmentNames.TimeZone] = "America/New_York",
            [EnvironmentNames.OfficePhone] = Phone,
        });
        if (runtimeApi is not null) environment[EnvironmentNames.RuntimeApi] = runtimeApi;
        return environment;
    }

    public static byte[] Event(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Events", name));
}
