using System.Net;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Serve.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Elections.Bots.Cli.Serve;

/// <summary>
/// The playground's web server (Kestrel, minimal API) on one <see cref="BotSession"/>. Started in process by
/// <c>serve</c> and by the tests, which is why it reports the address it actually bound.
/// </summary>
internal sealed class PlaygroundServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlaygroundServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Ends with a slash: <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseAddress { get; }

    public static async Task<PlaygroundServer> StartAsync(BotSession bot, ServeSettings settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Production, whatever ASPNETCORE_ENVIRONMENT says: the developer exception page shows stack traces.
            EnvironmentName = Environments.Production,
            Args = [],
        });
        // Settings come from the command line only; ASPNETCORE_URLS and friends must not move the server off loopback.
        builder.Configuration.Sources.Clear();
        // The framework's request logging would print paths and errors to the console; the playground's output is
        // its own (and voters' words or addresses are never logged).
        builder.Logging.ClearProviders();
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = JsonRequestBody.MaxBytes;
            kestrel.Listen(settings.Address, settings.Port);
        });

        var app = builder.Build();
        app.Use(ErrorBarrier.InvokeAsync);
        if (settings.IsLoopbackOnly) app.Use(LoopbackHostFilter.InvokeAsync);
        PlaygroundRoutes.Map(app, bot, settings);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException bind)
        {
            await app.DisposeAsync();
            throw new UsageException($"cannot listen on {settings.Address}:{settings.Port} ({bind.InnerException?.Message ?? bind.Message}); choose another --port.");
        }
        return new PlaygroundServer(app, BoundAddress(app, settings));
    }

    /// <summary>Returns when the token is cancelled (Ctrl+C in <c>serve</c>) or the host is told to stop.</summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the expected way out.
        }
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token);
        }
        await _app.DisposeAsync();
    }

    private static Uri BoundAddress(WebApplication app, ServeSettings settings)
    {
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var port = listening is not null ? new Uri(listening).Port : settings.Port;
        // Show an address a browser can open: every-interface binds are reached through loopback from here.
        var host = settings.Address.Equals(IPAddress.Any) || settings.Address.Equals(IPAddress.IPv6Any)
            ? IPAddress.Loopback
            : settings.Address;
        var hostText = host.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]" : host.ToString();
        return new Uri($"http://{hostText}:{port}/");
    }
}
