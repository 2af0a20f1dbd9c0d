using System.Net;
using System.Net.Sockets;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Serve;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary>
/// Nothing is served beyond this machine unless asked. Every address used here is in 127.0.0.0/8: Linux routes
/// the whole range to the loopback interface, so 127.0.0.2 tells "bound to 127.0.0.1" from "bound to any address".
/// </summary>
[Trait("Category", "Integration")]
public sealed class BindingTests
{
    private static readonly IPAddress OtherLoopback = IPAddress.Parse("127.0.0.2");

    [Fact]
    public async Task StartAsync_ByDefault_ListensOn127001Only()
    {
        var (bot, server) = await PlaygroundFixture.StartAsync(new ServeSettings(IPAddress.Loopback, 0));
        using (bot)
        await using (server)
        {
            Assert.Equal("127.0.0.1", server.BaseAddress.Host);
            Assert.True(await CanConnectAsync(IPAddress.Loopback, server.BaseAddress.Port));
            Assert.False(await CanConnectAsync(OtherLoopback, server.BaseAddress.Port));
        }
    }

    [Fact]
    public async Task StartAsync_WithAHost_ListensThereInstead()
    {
        var (bot, server) = await PlaygroundFixture.StartAsync(new ServeSettings(OtherLoopback, 0));
        using (bot)
        await using (server)
        {
            Assert.Equal("127.0.0.2", server.BaseAddress.Host);
            Assert.True(await CanConnectAsync(OtherLoopback, server.BaseAddress.Port));
            Assert.False(await CanConnectAsync(IPAddress.Loopback, server.BaseAddress.Port));
        }
    }

    [Fact]
    public async Task StartAsync_WhenThePortIsTaken_SaysSoInASentence()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<UsageException>(() => PlaygroundFixture.StartAsync(new ServeSettings(IPAddress.Loopback, port)));

        Assert.Contains($"cannot listen on 127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("choose another --port", error.Message, StringComparison.Ordinal);
    }

    private static async Task<bool> CanConnectAsync(IPAddress address, int port)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await client.ConnectAsync(address, port, timeout.Token);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
