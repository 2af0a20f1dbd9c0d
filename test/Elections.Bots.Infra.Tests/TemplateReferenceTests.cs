using Elections.Bots.Infra.Tests.Checks;
using Elections.Bots.Infra.Tests.Support;

namespace Elections.Bots.Infra.Tests;

public sealed class TemplateReferenceTests
{
    [Fact]
    public void Template_ParsesWithItsShortFormTags_AndDeclaresTheSamTransform()
    {
        var template = RepoFiles.Template;

        Assert.Equal("AWS::Serverless-2016-10-31", CfnTemplate.Text(template.Root["Transform"]));
        Assert.NotEmpty(template.Resources);
        Assert.Equal("ElectionsTimeZone", CfnTemplate.Target(template.Root["Globals"]?["Function"]?["Environment"]?["Variables"]?["ELECTIONS_TIME_ZONE"]));
    }

    [Fact]
    public void References_InTheTemplate_AllResolve()
    {
        Assert.Empty(ReferenceCheck.Problems(RepoFiles.Template));
    }

    [Fact]
    public void References_WhenAGetAttNamesAMissingResource_SayWhichAndWhere()
    {
        var template = TemplateEdits.Replace("Role: !GetAtt LexFunctionRole.Arn", "Role: !GetAtt LexFunctionRol.Arn");

        var problem = Assert.Single(ReferenceCheck.Problems(template));
        Assert.Equal("Resources.LexFunction.Properties.Role: !GetAtt names LexFunctionRol, which is not a resource in the template.", problem);
    }

    [Fact]
    public void References_WhenASubNamesAMissingParameter_SayWhichAndWhere()
    {
        var template = TemplateEdits.Replace("\"${Jurisdiction}-voter-bot\"", "\"${Jurisdictoin}-voter-bot\"");

        Assert.Contains(
            "Resources.VoterBot.Properties.Name: ${Jurisdictoin} in !Sub names Jurisdictoin, which is not a parameter, resource or pseudo-parameter in the template.",
            ReferenceCheck.Problems(template));
    }

    [Fact]
    public void References_WhenAnUnconditionalResourceNamesAConditionalOne_AreReported()
    {
        var template = TemplateEdits.Replace("SourceArn: !GetAtt LiveAlias.Arn", "SourceArn: !Ref ConnectBotAssociation");

        Assert.Contains(ReferenceCheck.Problems(template), p =>
            p.StartsWith("Resources.LexInvokePermission.Properties.SourceArn: !Ref names ConnectBotAssociation, which exists only when HasConnectInstance is true", StringComparison.Ordinal));
    }

    [Fact]
    public void References_WhenIfNamesAnUndeclaredCondition_AreReported()
    {
        var template = TemplateEdits.Replace("!If [HasAlexaSkill,", "!If [HasAlexaSkil,");

        Assert.Contains(ReferenceCheck.Problems(template), p => p.Contains("!If names HasAlexaSkil, which is not a condition", StringComparison.Ordinal));
    }

    [Fact]
    public void Reader_WhenATagIsNotAnIntrinsic_NamesTheLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => CfnYamlReader.Read("Resources:\n  A:\n    Type: !Reff B\n"));

        Assert.Equal("Line 3: !Reff is not a CloudFormation intrinsic function.", error.Message);
    }

    [Fact]
    public void Reader_ShortForms_BecomeTheLongForms()
    {
        var root = CfnYamlReader.Read("A: !GetAtt Res.Attr.Sub\nB: !If [C, !Ref X, !Sub \"${Y}\"]\n");

        Assert.Equal("""{"Fn::GetAtt":["Res","Attr.Sub"]}""", root["A"]!.ToJsonString());
        Assert.Equal("""{"Fn::If":["C",{"Ref":"X"},{"Fn::Sub":"${Y}"}]}""", root["B"]!.ToJsonString());
    }
}
