using System.Net;
using System.Text.Json;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Tests;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary>The page and its assets come from the assembly; the admin summary reports the dataset being answered from.</summary>
[Trait("Category", "Integration")]
public sealed class PageAndAdminTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    [Theory]
    [InlineData("/", "text/html", "<html lang=\"en\">")]
    [InlineData("/admin", "text/html", "Unanswered questions")]
    [InlineData("/assets/app.js", "text/javascript", "/api/ask")]
    [InlineData("/assets/app.css", "text/css", ":focus-visible")]
    public async Task Get_APage_ServesItFromTheAssemblyWithAStrictPolicy(string path, string mediaType, string content)
    {
        using var response = await playground.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/missing.js", HttpStatusCode.NotFound)]
    [InlineData("/assets/..%2FServe%2FPlaygroundServer.cs", HttpStatusCode.NotFound)]
    [InlineData("/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/api/ask", HttpStatusCode.MethodNotAllowed)]
    public async Task Get_WhatIsNotServed_IsRefused(string path, HttpStatusCode status)
    {
        using var response = await playground.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task AdminApi_Always_ReportsTheActiveDatasetAndSaysUnansweredQuestionsAreNotRecorded()
    {
        var facts = DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset).Facts;

        using var response = await playground.GetAsync("/api/admin");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var summary = json.RootElement;
        Assert.Equal(facts.DatasetVersion, summary.GetProperty("datasetVersion").GetString());
        var counts = summary.GetProperty("counts");
        Assert.Equal(facts.Precincts.Count, counts.GetProperty("precincts").GetInt32());
        Assert.Equal(facts.Locations.Count, counts.GetProperty("pollingLocations").GetInt32());
        Assert.Equal(facts.Locations.Values.Count(l => l.Is(LocationRoles.DropBox)), counts.GetProperty("dropBoxes").GetInt32());
        Assert.Equal(facts.Faq.Length, counts.GetProperty("faqEntries").GetInt32());
        Assert.Equal(facts.Elections.Length, summary.GetProperty("elections").GetArrayLength());
        Assert.True(summary.GetProperty("clockPinned").GetBoolean());
        Assert.StartsWith(PlaygroundFixture.PinnedDay, summary.GetProperty("now").GetString(), StringComparison.Ordinal);
        Assert.False(summary.GetProperty("unanswered").GetProperty("recorded").GetBoolean());
        Assert.Contains("not recorded by this build", summary.GetProperty("unanswered").GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminApi_ListsOnlyTheNoticesActiveAtTheServersTime()
    {
        var facts = DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset).Facts;
        var now = playground.Bot.Clock.GetUtcNow();

        using var response = await playground.GetAsync("/api/admin");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var listed = json.RootElement.GetProperty("activeNotices").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToArray();
        Assert.Equal(facts.Notices.Where(n => n.IsActiveAt(now)).Select(n => n.Id).ToArray(), listed);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("192.0.2.10:5080")]
    public async Task Request_WhenAddressedToAnotherHost_IsRefused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(playground.BaseAddress, "/api/admin"));
        request.Headers.Host = host;

        using var response = await playground.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("localhost", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
