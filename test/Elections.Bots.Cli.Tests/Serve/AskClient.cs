using System.Text.Json;
using System.Text.Json.Nodes;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary>Holds one conversation with <c>/api/ask</c> the way the page does: the session goes back with every turn.</summary>
internal sealed class AskClient(PlaygroundFixture playground)
{
    public string? Session { get; private set; }

    public async Task<JsonElement> AskAsync(string question, string locale = "en-US", string? now = null)
    {
        var request = new JsonObject { ["question"] = question, ["locale"] = locale, ["session"] = Session, ["now"] = now };
        using var response = await playground.PostAsync("/api/ask", request.ToJsonString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"/api/ask answered {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        var answer = document.RootElement.Clone();
        Session = answer.GetProperty("session").GetString();
        return answer;
    }
}
