using System.Text.Json.Nodes;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Alexa.Verification;
using Elections.Bots.Alexa.Wire;

namespace Elections.Bots.Alexa.Tests.Verification;

public sealed class SkillIdVerifierTests
{
    private readonly SkillIdVerifier _verifier = new(Fixtures.SkillId);

    [Fact]
    public void Check_WhenContextAndSessionNameOurSkill_IsOurs() =>
        Assert.Equal(SkillIdCheck.Ours, _verifier.Check(Fixtures.Read("IntentRequest.NextElection.en-US.json")));

    [Fact]
    public void Check_WhenOnlyContextNamesOurSkill_IsOurs() =>
        Assert.Equal(SkillIdCheck.Ours, _verifier.Check(Fixtures.Read("SystemExceptionEncountered.json")));

    [Fact]
    public void Check_WhenAnotherSkill_IsNotOurs() =>
        Assert.Equal(SkillIdCheck.NotOurs, _verifier.Check(Fixtures.Read("IntentRequest.WrongSkillId.json")));

    [Fact]
    public void Check_WhenSessionNamesAnotherSkill_IsNotOurs()
    {
        var bytes = Fixtures.Edit("IntentRequest.NextElection.en-US.json", node =>
            node["session"]!["application"]!["applicationId"] = "amzn1.ask.skill.other");

        Assert.Equal(SkillIdCheck.NotOurs, _verifier.Check(AlexaJson.ReadRequest(bytes)!));
    }

    [Fact]
    public void Check_WhenIdDiffersOnlyInCase_IsNotOurs()
    {
        var bytes = Fixtures.Edit("IntentRequest.NextElection.en-US.json", node =>
        {
            node["session"]!["application"]!["applicationId"] = Fixtures.SkillId.ToUpperInvariant();
            node["context"]!["System"]!["application"]!["applicationId"] = Fixtures.SkillId.ToUpperInvariant();
        });

        Assert.Equal(SkillIdCheck.NotOurs, _verifier.Check(AlexaJson.ReadRequest(bytes)!));
    }

    [Fact]
    public void Check_WhenNoSkillNamed_IsMissing()
    {
        var bytes = Fixtures.Edit("IntentRequest.NextElection.en-US.json", node =>
        {
            node.Remove("session");
            node["context"]!["System"]!.AsObject().Remove("application");
        });

        Assert.Equal(SkillIdCheck.Missing, _verifier.Check(AlexaJson.ReadRequest(bytes)!));
    }

    [Fact]
    public void Constructor_WhenSkillIdEmpty_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new SkillIdVerifier(" "));
}
