using Elections.Bots.Lambda.Configuration;
using Elections.Bots.Lambda.Runtime;
using Elections.Bots.Lambda.Tests.Support;
using Elections.Bots.Tests;

namespace Elections.Bots.Lambda.Tests.Bootstrap;

/// <summary>The published <c>bootstrap</c> in its own process against the loopback Runtime API, as Lambda runs it.</summary>
[Trait("Category", "Integration")]
public sealed class BootstrapProcessTests
{
    [Theory]
    [InlineData("lex", "web-fulfillment-polling-place.json", "sms-twilio-fulfillment-registration-deadline-es.json")]
    [InlineData("alexa", "IntentRequest.PollingPlace.WithAddress.json", "IntentRequest.NextElection.es-US.json")]
    public async Task Bootstrap_ServesEventsInTurnLikeTheFrontEnd(string handler, string first, string second)
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Event("one", Millbrook.Event(first), NextReply.DeadlineIn(TimeSpan.FromSeconds(10)), invocationId: "inv-one"));
        api.Enqueue(NextReply.Event("two", Millbrook.Event(second), NextReply.DeadlineIn(TimeSpan.FromSeconds(10))));
        using var process = new BootstrapProcess(Environment(handler, api.Address));

        var answers = new[] { await api.NextPostAsync(), await api.NextPostAsync() };

        Assert.True(answers[0].IsResponseTo("one"), answers[0].Path + process.Output);
        Assert.True(answers[1].IsResponseTo("two"), answers[1].Path + process.Output);
        Assert.Equal(await ExpectedAnswers.DirectAsync(first), ExpectedAnswers.WhatVoterSees(first, answers[0].Body));
        Assert.Equal(await ExpectedAnswers.DirectAsync(second), ExpectedAnswers.WhatVoterSees(second, answers[1].Body));
    }

    [Fact]
    public async Task Bootstrap_WhenConfigurationIsInvalid_PostsInitErrorAndExitsOne()
    {
        await using var api = new LoopbackRuntimeApi();
        var environment = Environment("alexa", api.Address);
        environment.Remove(EnvironmentNames.AlexaSkillId);
        using var process = new BootstrapProcess(environment);

        var post = await api.NextPostAsync();

        Assert.True(post.IsInitError, post.Path);
        Assert.Contains("ALEXA_SKILL_ID is required", post.Text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InitFailed, await process.WaitForExitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Bootstrap_WhenSystemLacksTheTimeZone_UsesTheCopyInThePackage()
    {
        // A zone only the package has stands in for provided.al2023, which has no /usr/share/zoneinfo at all.
        var root = Path.Combine(Path.GetTempPath(), "eb-task-" + Guid.NewGuid().ToString("N"));
        var packaged = Path.Combine(root, TimeZoneResolver.PackagedFolder, "Elections");
        Directory.CreateDirectory(packaged);
        File.Copy(Path.Combine("/usr/share/zoneinfo", "America", "New_York"), Path.Combine(packaged, "Millbrook"));
        try
        {
            await using var api = new LoopbackRuntimeApi();
            var environment = Environment("lex", api.Address);
            environment[EnvironmentNames.TaskRoot] = root;
            environment[EnvironmentNames.TimeZone] = "Elections/Millbrook";
            api.Enqueue(NextReply.Event("zone", Millbrook.Event("sms-twilio-fulfillment-registration-deadline-es.json")));
            using var process = new BootstrapProcess(environment);

            var post = await api.NextPostAsync();

            Assert.True(post.IsResponseTo("zone"), post.Path + post.Text + process.Output);
            Assert.Equal(
                await ExpectedAnswers.DirectAsync("sms-twilio-fulfillment-registration-deadline-es.json"),
                ExpectedAnswers.WhatVoterSees("sms-twilio-fulfillment-registration-deadline-es.json", post.Body));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Dictionary<string, string?> Environment(string handler, string runtimeApi) => new()
    {
        [EnvironmentNames.RuntimeApi] = runtimeApi,
        [EnvironmentNames.Handler] = handler,
        [EnvironmentNames.DataDirectory] = RepositoryPaths.MillbrookDataset,
        [EnvironmentNames.TimeZone] = "America/New_York",
        [EnvironmentNames.OfficePhone] = Millbrook.Phone,
        [EnvironmentNames.AlexaSkillId] = ExpectedAnswers.SkillId,
    };
}
