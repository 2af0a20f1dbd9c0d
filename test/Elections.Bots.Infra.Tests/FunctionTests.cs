using Elections.Bots.Infra.Tests.Checks;
using Elections.Bots.Infra.Tests.Support;

namespace Elections.Bots.Infra.Tests;

public sealed class FunctionTests
{
    private static readonly CfnTemplate Template = RepoFiles.Template;

    [Fact]
    public void Handlers_MatchTheHandlersTheLambdaHostServes_OneFunctionEach()
    {
        Assert.Empty(HandlerCheck.Problems(Template));
    }

    [Fact]
    public void Handlers_WhenOneIsMistyped_SayWhichFunctionAndWhatBootstrapServes()
    {
        var template = TemplateEdits.Replace("Handler: alexa", "Handler: alexaa");

        Assert.Equal(
            [
                "Function AlexaFunction has Handler 'alexaa', which bootstrap does not serve: _HANDLER must be one of lex, alexa, import.",
                "0 functions in template.yaml run the alexa handler; exactly one must.",
            ],
            HandlerCheck.Problems(template));
    }

    [Fact]
    public void Environment_WhenAVariableIsNotOneTheHostReads_IsReported()
    {
        var template = TemplateEdits.Replace("CACHE_TTL_SECONDS: !Ref", "CACHE_TTL: !Ref");

        Assert.Contains(HandlerCheck.Problems(template), p => p.StartsWith("Function LexFunction sets CACHE_TTL, which bootstrap never reads", StringComparison.Ordinal));
    }

    [Fact]
    public void Functions_ShareOneArm64ArtifactOnProvidedAl2023()
    {
        foreach (var (id, function) in Template.OfType("AWS::Serverless::Function"))
        {
            Assert.Equal("artifacts/lambda", CfnTemplate.Text(Template.FunctionProperty(function, "CodeUri")));
            Assert.Equal("provided.al2023", CfnTemplate.Text(Template.FunctionProperty(function, "Runtime")));
            Assert.Equal("""["arm64"]""", Template.FunctionProperty(function, "Architectures")?.ToJsonString());
            Assert.True(Template.FunctionProperty(function, "Timeout") is not null, $"{id} sets no timeout");
        }
    }

    [Theory]
    [InlineData(LambdaContract.AlexaHandler, 7)] // Alexa gives up after 8 s: leave a second to log the timeout.
    [InlineData(LambdaContract.LexHandler, 10)] // A Connect caller hears silence while the hook runs.
    [InlineData(LambdaContract.ImportHandler, 900)] // Lambda's maximum.
    public void Timeout_OfEachFunction_FitsItsCaller(string handler, int maxSeconds)
    {
        var function = FunctionFor(handler);
        var timeout = int.Parse(CfnTemplate.Text(Template.FunctionProperty(function, "Timeout"))!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(timeout, 1, maxSeconds);
    }

    [Fact]
    public void VoterFunctions_ReadTheFactsTableFromConfiguration()
    {
        foreach (var handler in LambdaContract.Handlers)
        {
            var variables = Template.FunctionProperty(FunctionFor(handler), "Environment", "Variables");
            Assert.Equal("FactsTable", CfnTemplate.Target(variables?["TABLE_NAME"]));
            Assert.Equal("ElectionsTimeZone", CfnTemplate.Target(variables?["ELECTIONS_TIME_ZONE"]));
            Assert.Equal("OfficePhone", CfnTemplate.Target(variables?["OFFICE_PHONE"]));
        }
    }

    [Fact]
    public void AlexaFunction_GetsTheSkillIdOnlyWhenOneIsGiven()
    {
        var skillId = Template.FunctionProperty(FunctionFor(LambdaContract.AlexaHandler), "Environment", "Variables")?["ALEXA_SKILL_ID"];

        Assert.Equal("""{"Fn::If":["HasAlexaSkill",{"Ref":"AlexaSkillId"},{"Ref":"AWS::NoValue"}]}""", skillId?.ToJsonString());
    }

    [Fact]
    public void ImportFunction_RunsOneAtATime_WithoutRetryingAFailedFeed()
    {
        var import = CfnTemplate.Properties(FunctionFor(LambdaContract.ImportHandler));

        Assert.Equal("1", CfnTemplate.Text(import["ReservedConcurrentExecutions"]));
        Assert.Equal("0", CfnTemplate.Text(import["EventInvokeConfig"]?["MaximumRetryAttempts"]));
    }

    /// <summary>The logical id of the function that runs a handler (HandlerCheck proves there is exactly one).</summary>
    public static string FunctionIdFor(string handler) =>
        RepoFiles.Template.OfType("AWS::Serverless::Function")
            .Single(f => CfnTemplate.Text(RepoFiles.Template.FunctionProperty(f.Resource, "Handler")) == handler).Id;

    public static JsonObject FunctionFor(string handler) => RepoFiles.Template.Resource(FunctionIdFor(handler));
}
