using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Elections.Bots.Core.Dialog;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.DynamoDb.Tests.Dynalite;
using Elections.Bots.DynamoDb.Unanswered;
using Elections.Bots.Lambda.Configuration;
using Elections.Bots.Lambda.Tests.Support;

namespace Elections.Bots.Lambda.Tests.Composition;

/// <summary>The turn log and the unanswered questions, as the deployed voter functions produce them.</summary>
[Trait("Category", "Integration")]
public sealed class TurnObservationTests
{
    private const string Llama = "I live at 12 Hawthorne Street, can my emotional support llama come in?";

    private static List<JsonObject> TurnLines(string log) =>
        [.. log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).Where(l => l["Event"]?.GetValue<string>() == "turn")];

    private static FakeEnvironment Environment(string handler, string runtimeApi)
    {
        var environment = Millbrook.Environment(handler, runtimeApi);
        environment[EnvironmentNames.AlexaSkillId] = ExpectedAnswers.SkillId;
        return environment;
    }

    [Theory]
    [InlineData("lex", "web-fulfillment-polling-place.json", "web")]
    [InlineData("alexa", "IntentRequest.PollingPlace.WithAddress.json", "alexa")]
    public async Task RunAsync_ForEachVoterTurn_LogsOneTurnLineWithTheRequestIdAndItsMetrics(string handler, string eventFile, string channel)
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Event("turn-1", Millbrook.Event(eventFile)));
        await using var run = FunctionRun.Host(Environment(handler, api.Address));

        await api.NextPostAsync();
        await api.WaitForNextRequestsAsync(2);

        var line = Assert.Single(TurnLines(run.Log));
        Assert.Equal("turn-1", line["RequestId"]!.GetValue<string>());
        Assert.Equal(channel, line["Channel"]!.GetValue<string>());
        Assert.Equal("PollingPlace", line["Intent"]!.GetValue<string>());
        Assert.Equal("ElectionsBots", line["_aws"]!["CloudWatchMetrics"]![0]!["Namespace"]!.GetValue<string>());
        Assert.DoesNotContain("Court", run.Log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Main St", run.Log, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RunAsync_WhenTheAdapterRefusesTheEvent_LogsARefusedTurnWithoutMetrics()
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Event("wrong", "{\"version\":\"1.0\",\"request\":{}}"));
        await using var run = FunctionRun.Host(Environment("lex", api.Address));

        await api.NextPostAsync();
        await api.WaitForNextRequestsAsync(2);

        var line = Assert.Single(TurnLines(run.Log));
        Assert.Equal("refused", line["Outcome"]!.GetValue<string>());
        Assert.Equal("wrong", line["RequestId"]!.GetValue<string>());
        Assert.Null(line["_aws"]);
    }

    [Fact]
    public async Task RunAsync_WithAnUnansweredTable_StoresTheRedactedQuestionBeforeTheNextEvent()
    {
        await using var server = await DynaliteServer.StartAsync();
        // The function's client takes the SDK's usual credentials; dynalite accepts any.
        if (System.Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is null)
        {
            System.Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "test");
            System.Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "test");
        }
        using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("test", "test"), FactTableClientConfig.ForAdministration("us-east-1", server.ServiceUrl));
        await new FactTable(client, "questions", TimeProvider.System).EnsureAsync(CancellationToken.None);
        var lexEvent = JsonNode.Parse(Millbrook.Event("web-fulfillment-polling-place.json"))!.AsObject();
        lexEvent["inputTranscript"] = Llama;
        var fallback = new JsonObject { ["name"] = "FallbackIntent", ["slots"] = new JsonObject(), ["state"] = "ReadyForFulfillment", ["confirmationState"] = "None" };
        lexEvent["sessionState"]!["intent"] = fallback;
        lexEvent["interpretations"] = new JsonArray(new JsonObject { ["intent"] = fallback.DeepClone(), ["interpretationSource"] = "Lex" });
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Event("question-1", System.Text.Encoding.UTF8.GetBytes(lexEvent.ToJsonString())));
        var environment = Environment("lex", api.Address);
        environment[EnvironmentNames.UnansweredTable] = "questions";
        environment[EnvironmentNames.DynamoDbEndpoint] = server.ServiceUrl;
        await using var run = FunctionRun.Host(environment);

        await api.NextPostAsync();
        await api.WaitForNextRequestsAsync(2);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DateTime);
        var stored = await new DynamoUnansweredQuestionStore(client, "questions", TimeProvider.System).ReadAsync(today.AddDays(-1), today, CancellationToken.None);
        var question = Assert.Single(stored);
        Assert.Equal("I live at [address], can my emotional support llama come in?", question.Text);
        Assert.Equal(Channel.Web, question.Channel);
        Assert.DoesNotContain("Hawthorne", run.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("llama", run.Log, StringComparison.Ordinal);
    }
}
