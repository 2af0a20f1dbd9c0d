using System.Net;
using System.Text.Json;
using Elections.Bots.Cli.Serve;
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
    [InlineData("/assets/strings.js", "text/javascript", "Su pregunta")]
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
    public async Task AdminApi_Always_ReportsTheActiveDatasetAndItsUnansweredQuestions()
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
        Assert.Equal(JsonValueKind.Array, summary.GetProperty("unanswered").GetProperty("groups").ValueKind);
        Assert.False(string.IsNullOrEmpty(summary.GetProperty("unanswered").GetProperty("note").GetString()));
    }

    [Fact]
    public async Task AdminApi_AfterQuestionsTheFaqCouldNotAnswer_GroupsThemRedactedWithTheClosestEntry()
    {
        var (bot, server) = await PlaygroundFixture.StartAsync(new ServeSettings(IPAddress.Loopback, 0));
        using (bot)
        await using (server)
        {
            // The second question carries its own "now": the playground answers it on another clock, still recorded.
            await AskAsync(server, """{"question": "can I bring my parrot to the polling place at 12 Oak Street? 555-201-3344"}""");
            await AskAsync(server, """{"question": "are parrots allowed at the polls", "now": "2027-03-09T10:00"}""");
            await AskAsync(server, """{"question": "where do I vote at 12 Oak St"}""");

            using var response = await playground.Client.GetAsync(new Uri(server.BaseAddress, "/api/admin"));
            var body = await response.Content.ReadAsStringAsync();

            using var json = JsonDocument.Parse(body);
            var unanswered = json.RootElement.GetProperty("unanswered");
            Assert.Equal(2, unanswered.GetProperty("questions").GetInt32());
            var group = Assert.Single(unanswered.GetProperty("groups").EnumerateArray());
            Assert.Equal(2, group.GetProperty("count").GetInt32());
            Assert.Equal("web 2", group.GetProperty("channels").GetString());
            Assert.Contains("[phone]", body, StringComparison.Ordinal);
            Assert.DoesNotContain("555-201-3344", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Oak", body, StringComparison.Ordinal);
            Assert.StartsWith("2 unanswered questions since the server started, redacted", unanswered.GetProperty("note").GetString(), StringComparison.Ordinal);
        }
    }

    private async Task AskAsync(PlaygroundServer server, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await playground.Client.PostAsync(new Uri(server.BaseAddress, "/api/ask"), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AdminApi_ListsOnlyTheNoticesActiveAtTheServersTime()
    {
        // The server's clock is pinned to noon on 20 February 2027: the first notice ended ten days before.
        using var folder = TemporaryDataset.CopyOfMillbrook();
        File.WriteAllText(Path.Combine(folder.Path, "notices.csv"), """
            id,text_en,text_es,uri,precinct_ids,location_ids,valid_until
            n-ended,The library was closed on February 9.,,,,,2027-02-10T00:00:00-05:00
            n-moved,Precinct 101 votes in the Community Room this year.,El precinto 101 vota en la sala comunitaria.,,pre-101,,2027-03-10T00:00:00-05:00
            n-always,Bring a photo ID.,,,,,
            """);
        var (bot, server) = await PlaygroundFixture.StartAsync(new ServeSettings(IPAddress.Loopback, 0), folder.Path);
        using (bot)
        await using (server)
        {
            using var response = await playground.Client.GetAsync(new Uri(server.BaseAddress, "/api/admin"));

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var notices = json.RootElement.GetProperty("activeNotices").EnumerateArray().ToArray();
            Assert.Equal(["n-moved", "n-always"], notices.Select(n => n.GetProperty("id").GetString()));
            Assert.Equal("precinct pre-101", notices[0].GetProperty("scope").GetString());
            Assert.Equal("2027-03-10T00:00:00-05:00", notices[0].GetProperty("validUntil").GetString());
            Assert.Equal("everywhere", notices[1].GetProperty("scope").GetString());
            Assert.Equal(3, json.RootElement.GetProperty("counts").GetProperty("notices").GetInt32());
        }
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
