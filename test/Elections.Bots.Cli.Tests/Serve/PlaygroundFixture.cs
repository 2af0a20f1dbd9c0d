using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Serve;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Tests;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary>
/// The playground on the bundled Millbrook sample, its clock pinned to noon on 20 February 2027 (17 days before
/// the special election), started in process on a free loopback port, as <c>serve --now 2027-02-20 --port 0</c>.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    public const string PinnedDay = "2027-02-20";

    private BotSession? _bot;
    private PlaygroundServer? _server;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseAddress => _server!.BaseAddress;

    internal BotSession Bot => _bot!;

    public async Task InitializeAsync() => (_bot, _server) = await StartAsync(new ServeSettings(IPAddress.Loopback, 0));

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _bot?.Dispose();
    }

    /// <param name="dataFolder">Default: the bundled Millbrook sample.</param>
    internal static async Task<(BotSession Bot, PlaygroundServer Server)> StartAsync(ServeSettings serve, string? dataFolder = null)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(AnswerOptions.DefaultTimeZone);
        var settings = new AnswerSettings(dataFolder ?? RepositoryPaths.MillbrookDataset, zone, MillbrookBot.At(PinnedDay + "T12:00"), Locale.English, Channel.Web);
        var bot = await BotSession.OpenAsync(settings, CancellationToken.None, new LocalQuestions(null));
        try
        {
            return (bot, await PlaygroundServer.StartAsync(bot, serve, CancellationToken.None));
        }
        catch
        {
            bot.Dispose();
            throw;
        }
    }

    public Task<HttpResponseMessage> PostAsync(string path, string body, string? contentType = "application/json") =>
        PostAsync(path, new StringContent(body, Encoding.UTF8), contentType);

    public Task<HttpResponseMessage> PostAsync(string path, HttpContent content, string? contentType = "application/json")
    {
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return Client.PostAsync(new Uri(BaseAddress, path), content);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(new Uri(BaseAddress, path));

    public static string EventFixture(string project, string file) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "test", project, "Events", file));
}
