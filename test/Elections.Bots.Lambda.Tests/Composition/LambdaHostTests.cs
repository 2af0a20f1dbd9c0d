using System.Text.Json;
using Elections.Bots.Lambda.Configuration;
using Elections.Bots.Lambda.Runtime;
using Elections.Bots.Lambda.Tests.Support;
using Elections.Bots.Tests;

namespace Elections.Bots.Lambda.Tests.Composition;

/// <summary>The composition root in this process: configuration in, answers or an init error out.</summary>
[Trait("Category", "Integration")]
public sealed class LambdaHostTests
{
    [Theory]
    [InlineData("lex", "web-fulfillment-polling-place.json")]
    [InlineData("lex", "sms-twilio-fulfillment-registration-deadline-es.json")]
    [InlineData("alexa", "IntentRequest.PollingPlace.WithAddress.json")]
    [InlineData("alexa", "IntentRequest.NextElection.es-US.json")]
    public async Task RunAsync_AnswersAsTheFrontEndDoesDirectly(string handler, string eventFile)
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Event("req-1", Millbrook.Event(eventFile), NextReply.DeadlineIn(TimeSpan.FromSeconds(5))));
        await using var run = FunctionRun.Host(Environment(handler, api.Address));

        var post = await api.NextPostAsync();

        Assert.True(post.IsResponseTo("req-1"), post.Path);
        Assert.Equal(await ExpectedAnswers.DirectAsync(eventFile), ExpectedAnswers.WhatVoterSees(eventFile, post.Body));
    }

    [Fact]
    public async Task RunAsync_LogsIdsAndTimingsButNothingTheVoterSaid()
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Event("lex-private", Millbrook.Event("web-fulfillment-polling-place.json")));
        await using var run = FunctionRun.Host(Environment("lex", api.Address));

        await api.NextPostAsync();
        await api.WaitForNextRequestsAsync(2);

        var line = run.Log.Split('\n').Single(l => l.Contains("\"msg\":\"invocation\"", StringComparison.Ordinal));
        using var entry = JsonDocument.Parse(line);
        Assert.Equal("lex-private", entry.RootElement.GetProperty("requestId").GetString());
        Assert.Equal("PollingPlace", entry.RootElement.GetProperty("intent").GetString());
        Assert.DoesNotContain("Court", run.Log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("99961", run.Log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lex", "{\"version\":\"1.0\",\"request\":{}}", "Lex.NotLexEvent")]
    [InlineData("alexa", null, "Alexa.WrongSkill")]
    public async Task RunAsync_WhenEventIsNotForThisFunction_ReportsAFunctionErrorAndKeepsServing(string handler, string? json, string errorType)
    {
        await using var api = new LoopbackRuntimeApi();
        var wrong = json is null ? Millbrook.Event("IntentRequest.WrongSkillId.json") : System.Text.Encoding.UTF8.GetBytes(json);
        var right = Millbrook.Event(handler == "lex" ? "web-fulfillment-polling-place.json" : "IntentRequest.PollingPlace.WithAddress.json");
        api.Enqueue(NextReply.Event("wrong", wrong));
        api.Enqueue(NextReply.Event("right", right));
        await using var run = FunctionRun.Host(Environment(handler, api.Address));

        var error = await api.NextPostAsync();
        var answer = await api.NextPostAsync();

        Assert.True(error.IsErrorFor("wrong"), error.Path);
        Assert.Equal(errorType, error.Header("Lambda-Runtime-Function-Error-Type"));
        Assert.True(answer.IsResponseTo("right"), answer.Path);
    }

    [Fact]
    public async Task RunAsync_WhenConfigurationIsInvalid_PostsInitErrorAndExits()
    {
        await using var api = new LoopbackRuntimeApi();
        var environment = Environment("lex", api.Address);
        environment[EnvironmentNames.TimeZone] = "Mars/Olympus_Mons";
        await using var run = FunctionRun.Host(environment);

        var post = await api.NextPostAsync();
        var exit = await run.Exit.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(post.IsInitError, post.Path);
        Assert.Equal("Runtime.InvalidConfiguration", post.Header("Lambda-Runtime-Function-Error-Type"));
        using var document = post.Json();
        Assert.Contains("ELECTIONS_TIME_ZONE 'Mars/Olympus_Mons'", document.RootElement.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InitFailed, exit);
        Assert.Equal(0, api.NextRequests);
    }

    [Fact]
    public async Task RunAsync_WhenImportIsGivenADatasetFolder_SaysItPublishesToATable()
    {
        await using var api = new LoopbackRuntimeApi();
        await using var run = FunctionRun.Host(Environment("import", api.Address));

        var post = await api.NextPostAsync();

        Assert.True(post.IsInitError);
        Assert.Contains("the import function publishes to TABLE_NAME", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenBundledDatasetIsBroken_PostsInitErrorNamingTheFile()
    {
        using var dataset = TemporaryDataset.CopyOfMillbrook();
        File.Delete(Path.Combine(dataset.FeedPath, "precinct.txt"));
        await using var api = new LoopbackRuntimeApi();
        var environment = Environment("lex", api.Address);
        environment[EnvironmentNames.DataDirectory] = dataset.Path;
        await using var run = FunctionRun.Host(environment);

        var post = await api.NextPostAsync();

        Assert.True(post.IsInitError);
        Assert.Equal("Runtime.InitFailed", post.Header("Lambda-Runtime-Function-Error-Type"));
        Assert.Contains("precinct.txt", post.Text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InitFailed, await run.Exit.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task RunAsync_WithoutRuntimeApiAddress_ExitsSayingWhy()
    {
        await using var run = FunctionRun.Host(Environment("lex", null));

        Assert.Equal(ExitCodes.InitFailed, await run.Exit.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("AWS_LAMBDA_RUNTIME_API is not set", run.Log, StringComparison.Ordinal);
    }

    private static FakeEnvironment Environment(string handler, string? runtimeApi)
    {
        var environment = Millbrook.Environment(handler, runtimeApi);
        environment[EnvironmentNames.AlexaSkillId] = ExpectedAnswers.SkillId;
        return environment;
    }
}
