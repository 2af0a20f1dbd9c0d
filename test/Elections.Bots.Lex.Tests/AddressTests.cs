using System.Text.Json.Nodes;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Lex.Wire;
using Elections.Bots.Tests;

namespace Elections.Bots.Lex.Tests;

/// <summary>
/// The sample's address list (samples/millbrook/addresses.csv) asked through Lex on every text and voice channel:
/// a wrong polling place is the worst bug, so every listed address must name its expected place.
/// </summary>
public sealed class AddressTests
{
    private static readonly LexHarness Harness = new();

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var channels = new[] { "web-fulfillment-polling-place", "sms-twilio-dialog-polling-place-null-slot", "connect-voice-dialog-polling-place-retry" };
        var i = 0;
        foreach (var line in File.ReadLines(RepositoryPaths.Sample("addresses.csv")).Skip(1))
        {
            if (!line.StartsWith('"')) continue;
            var close = line.IndexOf('"', 1);
            var address = line[1..close];
            var expected = line[(close + 2)..].Split(',')[0];
            if (expected.Length > 0) data.Add(channels[i++ % channels.Length], address, expected);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task InvokeAsync_WhenVoterGivesAListedAddress_NamesTheExpectedPollingPlace(string fixture, string address, string locationId)
    {
        var node = EventFixtures.Node(fixture);
        node["invocationSource"] = LexInvocationSources.FulfillmentCodeHook;
        node.Remove("proposedNextState");
        node["sessionState"]!["intent"]!["slots"] = new JsonObject
        {
            ["Address"] = new JsonObject { ["shape"] = "Scalar", ["value"] = new JsonObject { ["originalValue"] = address, ["interpretedValue"] = address } },
        };

        var result = await Harness.InvokeAsync(EventFixtures.ToBytes(node));

        LexResponseValidator.AssertValid(result.Body, LexHarness.ChannelOf(fixture));
        Assert.Equal(locationId, Assert.Single(result.Reply!.Trace.LocationIds));
        var name = Harness.Bot.Dataset.Facts.Locations[locationId].Name;
        var said = LexResponses.AllContent(LexResponses.Parse(result.Body)).Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Contains(name, said, StringComparison.Ordinal);
    }
}
