using System.Diagnostics;
using System.Net;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary><c>elections-bots serve</c> as a person runs it.</summary>
[Trait("Category", "Integration")]
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_WithPortZero_PrintsTheAddressItServesTheChatOn()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "elections-bots.dll"), "serve", "--port", "0", "--now", "2027-02-20" })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        try
        {
            var address = await ReadAddressAsync(process.StandardOutput);
            using var client = new HttpClient();

            var page = await client.GetStringAsync(address);
            var admin = await client.GetStringAsync(new Uri(address, "/api/admin"));

            Assert.Equal("127.0.0.1", address.Host);
            Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
            Assert.Contains("\"now\":\"2027-02-20T12:", admin, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("--host", "example.com", "is not an IP address")]
    [InlineData("--port", "70000", "is not a port")]
    public async Task Serve_WhenAnOptionIsWrong_ExitsTwoSayingWhatIsAccepted(string option, string value, string hint)
    {
        var (exit, _, error) = await CliProcess.RunAsync(null, "serve", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }

    private static async Task<Uri> ReadAddressAsync(StreamReader output)
    {
        const string Marker = "Playground: ";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await output.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal)) return new Uri(line[Marker.Length..].Split(' ')[0]);
        }
        throw new InvalidOperationException("serve ended without printing its address");
    }
}
