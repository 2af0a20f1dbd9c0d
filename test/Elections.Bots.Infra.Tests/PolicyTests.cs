using Elections.Bots.Infra.Tests.Checks;
using Elections.Bots.Infra.Tests.Support;
using Elections.Bots.Lambda.Configuration;

namespace Elections.Bots.Infra.Tests;

public sealed class PolicyTests
{
    private static readonly CfnTemplate Template = RepoFiles.Template;

    [Fact]
    public void Roles_InTheTemplate_AreLeastPrivilege()
    {
        Assert.Empty(PolicyCheck.Problems(Template));
    }

    [Fact]
    public void VoterRole_WhenAWriteActionSlipsIn_SaysWhichRoleAndAction()
    {
        var template = TemplateEdits.Replace(
            "Action: [dynamodb:GetItem, dynamodb:Query]\n                Resource: !GetAtt FactsTable.Arn\n              - Sid: DecryptTheFactsTable\n                Effect: Allow\n                Action: kms:Decrypt\n                Resource: !GetAtt DataKey.Arn\n                Condition:\n                  StringEquals:\n                    kms:ViaService: !Sub \"dynamodb.${AWS::Region}.amazonaws.com\"\n              - Sid: WriteOwnLogs\n                Effect: Allow\n                Action: [logs:CreateLogStream, logs:PutLogEvents]\n                Resource: !GetAtt AlexaFunctionLogs.Arn",
            "Action: [dynamodb:GetItem, dynamodb:Query, dynamodb:PutItem]\n                Resource: !GetAtt FactsTable.Arn\n              - Sid: DecryptTheFactsTable\n                Effect: Allow\n                Action: kms:Decrypt\n                Resource: !GetAtt DataKey.Arn\n                Condition:\n                  StringEquals:\n                    kms:ViaService: !Sub \"dynamodb.${AWS::Region}.amazonaws.com\"\n              - Sid: WriteOwnLogs\n                Effect: Allow\n                Action: [logs:CreateLogStream, logs:PutLogEvents]\n                Resource: !GetAtt AlexaFunctionLogs.Arn");

        var problem = Assert.Single(PolicyCheck.Problems(template));
        Assert.StartsWith("AlexaFunctionRole (the alexa function's role) allows dynamodb:PutItem in policy ReadFacts, which is not a read action", problem);
    }

    [Fact]
    public void VoterRole_WhenAnAttachedPolicyGrantsS3Writes_IsReported()
    {
        var template = TemplateEdits.Replace("Roles: [!Ref ImportFunctionRole]", "Roles: [!Ref ImportFunctionRole, !Ref LexFunctionRole]");

        var problems = PolicyCheck.Problems(template);
        Assert.Contains(problems, p => p.StartsWith("LexFunctionRole (the lex function's role) allows s3:PutObject in policy ImportFunctionBucketAccess", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("LexFunctionRole (the lex function's role) allows s3:GetObject in policy ImportFunctionBucketAccess", StringComparison.Ordinal));
    }

    [Fact]
    public void AnyRole_WhenItUsesAWildcardAction_IsReported()
    {
        var template = TemplateEdits.Replace("Action: polly:SynthesizeSpeech", "Action: \"polly:*\"");

        Assert.Equal(["LexBotRole allows the wildcard action polly:* in policy SpeakReadSentimentLog; name each action."], PolicyCheck.Problems(template));
    }

    [Fact]
    public void VoterRole_WhenItReadsAnotherTable_IsReported()
    {
        var template = TemplateEdits.Replace(
            "Action: [dynamodb:GetItem, dynamodb:Query]\n                Resource: !GetAtt FactsTable.Arn",
            "Action: [dynamodb:GetItem, dynamodb:Query]\n                Resource: \"arn:aws:dynamodb:*:*:table/*\"");

        Assert.Contains(PolicyCheck.Problems(template), p =>
            p.StartsWith("LexFunctionRole (the lex function's role) allows dynamodb:GetItem in policy ReadFacts on \"arn:aws:dynamodb:*:*:table/*\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LambdaContract.LexHandler)]
    [InlineData(LambdaContract.AlexaHandler)]
    public void VoterRoles_UseEachTableWithExactlyTheCallsTheStoresMake(string handler)
    {
        var role = PolicyCheck.RoleOf(Template, FunctionTests.FunctionFor(handler))!;
        var facts = PolicyCheck.TableIn(Template, EnvironmentNames.TableName);
        var questions = PolicyCheck.TableIn(Template, EnvironmentNames.UnansweredTable);

        // DynamoFactStore: Query and GetItem. DynamoUnansweredQuestionStore: BatchWriteItem only; the function never reads questions.
        Assert.Equal(["dynamodb:GetItem", "dynamodb:Query"], DynamoActionsOn(role, facts));
        Assert.Equal(["dynamodb:BatchWriteItem"], DynamoActionsOn(role, questions));
    }

    [Theory]
    [InlineData(LambdaContract.LexHandler)]
    [InlineData(LambdaContract.AlexaHandler)]
    public void VoterRoles_UseTheDataKeyOnlyThroughDynamoDb(string handler)
    {
        var role = PolicyCheck.RoleOf(Template, FunctionTests.FunctionFor(handler))!;
        var kms = PolicyCheck.StatementsOf(Template, role).Where(s => s.Actions.Any(a => a.StartsWith("kms:", StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(kms);
        Assert.All(kms, s => Assert.True(
            StatementConditions(role, s.Policy).Any(c => c.Contains("dynamodb.${AWS::Region}.amazonaws.com", StringComparison.Ordinal)),
            $"{role} uses the data key in policy {s.Policy} without kms:ViaService dynamodb"));
    }

    [Fact]
    public void ImportRole_HasNothingOnTheUnansweredTable()
    {
        var role = PolicyCheck.RoleOf(Template, FunctionTests.FunctionFor(LambdaContract.ImportHandler))!;

        Assert.Empty(DynamoActionsOn(role, PolicyCheck.TableIn(Template, EnvironmentNames.UnansweredTable)));
    }

    [Fact]
    public void VoterRole_WhenItCanReadTheQuestions_IsReported()
    {
        var template = TemplateEdits.Replace(
            "Action: dynamodb:BatchWriteItem\n                Resource: !GetAtt UnansweredTable.Arn",
            "Action: [dynamodb:BatchWriteItem, dynamodb:Query]\n                Resource: !GetAtt UnansweredTable.Arn");

        Assert.Equal(
            ["LexFunctionRole (the lex function's role) allows dynamodb:Query in policy KeepUnansweredQuestions on {\"Fn::GetAtt\":[\"UnansweredTable\",\"Arn\"]}; it may only name the template's facts table."],
            PolicyCheck.Problems(template));
    }

    [Fact]
    public void ExportRole_WhenItWritesOutsideTheAnalyticsBucket_IsReported()
    {
        var template = TemplateEdits.Replace("!Sub \"${AnalyticsBucket.Arn}/turns/*\"", "!Sub \"${DataBucket.Arn}/feeds/*\"");

        Assert.Contains(PolicyCheck.Problems(template), p => p.StartsWith(
            "TurnDeliveryRole allows s3:PutObject in policy WriteTurnLines on {\"Fn::Sub\":\"${DataBucket.Arn}/feeds/*\"}; only the import function writes facts and feeds",
            StringComparison.Ordinal));
    }

    private static string[] DynamoActionsOn(string role, string? table) =>
        [.. PolicyCheck.StatementsOf(Template, role)
            .Where(s => s.Resources.Any(r => PolicyCheck.ResourceNamed(r) == table))
            .SelectMany(s => s.Actions).Where(a => a.StartsWith("dynamodb:", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private static IEnumerable<string> StatementConditions(string role, string policy) =>
        (CfnTemplate.Properties(Template.Resource(role))["Policies"] as JsonArray ?? [])
            .Where(p => p?["PolicyName"]?.ToString() == policy)
            .SelectMany(p => p?["PolicyDocument"]?["Statement"] as JsonArray ?? [])
            .Where(s => s?["Action"]?.ToJsonString().Contains("kms:", StringComparison.Ordinal) == true)
            .Select(s => s?["Condition"]?.ToJsonString() ?? "");

    [Fact]
    public void ImportRole_ReadsOnlyFeeds_AndWritesOnlyReports()
    {
        var role = PolicyCheck.RoleOf(Template, FunctionTests.FunctionFor(LambdaContract.ImportHandler))!;
        var s3 = PolicyCheck.StatementsOf(Template, role).Where(s => s.Actions.Any(a => a.StartsWith("s3:", StringComparison.Ordinal))).ToList();

        var reads = Assert.Single(s3, s => s.Actions.Contains("s3:GetObject"));
        Assert.Equal("""{"Fn::Sub":"${DataBucket.Arn}/feeds/*"}""", Assert.Single(reads.Resources)?.ToJsonString());
        var writes = Assert.Single(s3, s => s.Actions.Contains("s3:PutObject"));
        Assert.Equal(["s3:PutObject"], writes.Actions);
        Assert.Equal("""{"Fn::Sub":"${DataBucket.Arn}/reports/*"}""", Assert.Single(writes.Resources)?.ToJsonString());
    }

    [Fact]
    public void ImportRole_HasEveryCallThePublisherMakes()
    {
        var role = PolicyCheck.RoleOf(Template, FunctionTests.FunctionFor(LambdaContract.ImportHandler))!;
        var actions = PolicyCheck.StatementsOf(Template, role).SelectMany(s => s.Actions).ToHashSet();

        // FactTable.VerifyAsync, the reads of publish/verify/prune, the batch writes, the conditional flip, notices and prune deletes.
        Assert.Superset(
            new HashSet<string> { "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem",
                "dynamodb:BatchWriteItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem" },
            actions);
    }
}
