using Elections.Bots.DynamoDb.Unanswered;
using Elections.Bots.Infra.Tests.Checks;
using Elections.Bots.Infra.Tests.Support;
using Elections.Bots.Lambda.Configuration;

namespace Elections.Bots.Infra.Tests;

/// <summary>The unanswered-questions table is deployed as UNANSWERED-TABLE.md and UnansweredTableSchema describe it.</summary>
public sealed class UnansweredTableTests
{
    private static readonly CfnTemplate Template = RepoFiles.Template;

    /// <summary>The table the voter functions' UNANSWERED_TABLE names.</summary>
    private static string QuestionsTable =>
        PolicyCheck.TableIn(Template, EnvironmentNames.UnansweredTable) ?? throw new Xunit.Sdk.XunitException("No function sets UNANSWERED_TABLE to a table of the template.");

    private static JsonObject Table => CfnTemplate.Properties(Template.Resource(QuestionsTable));

    [Fact]
    public void UnansweredTable_HasTheStoresKeySchema_OnDemand()
    {
        TableAssert.OnDemandWithKeys(Table, UnansweredTableSchema.PartitionKey, UnansweredTableSchema.SortKey);
    }

    [Fact]
    public void UnansweredTable_ExpiresItemsOnTheAttributeTheStoreWrites()
    {
        var ttl = Table["TimeToLiveSpecification"];

        Assert.True(UnansweredTableSchema.ExpiresAt == CfnTemplate.Text(ttl?["AttributeName"]),
            $"TTL is on '{CfnTemplate.Text(ttl?["AttributeName"])}', but the store writes the expiry to '{UnansweredTableSchema.ExpiresAt}': questions would never expire.");
        Assert.True(CfnTemplate.IsTrue(ttl?["Enabled"]), "TTL must be enabled, or questions are kept forever.");
    }

    [Fact]
    public void UnansweredTable_IsEncryptedWithTheDataKey_ProtectedFromDeletion_AndHasNoBackups()
    {
        TableAssert.EncryptedWithAndProtected(Table, Assert.Single(Template.OfType("AWS::KMS::Key")).Id);
        // A point-in-time backup would keep voters' words 35 days past the TTL.
        Assert.True("false" == CfnTemplate.Text(Table["PointInTimeRecoverySpecification"]?["PointInTimeRecoveryEnabled"]),
            "point-in-time recovery must be off (explicitly): its backups would outlive the 30-day retention");
        Assert.Empty(Template.OfType("AWS::Backup::BackupPlan"));
    }

    [Fact]
    public void UnansweredTable_IsNamedWhereTheReportLooksByDefault()
    {
        // `report unanswered --table FACTS` reads FACTS + "-unanswered" unless --questions-table says otherwise.
        var facts = PolicyCheck.TableIn(Template, EnvironmentNames.TableName);

        Assert.Equal($"${{{facts}}}-unanswered", CfnTemplate.Text(Table["TableName"]?["Fn::Sub"]));
        Assert.Equal(QuestionsTable, CfnTemplate.Target(Template.Outputs["UnansweredTableName"]?["Value"]));
        Assert.Contains("report unanswered", CfnTemplate.Text(Template.Outputs["UnansweredTableName"]?["Description"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LambdaContract.LexHandler)]
    [InlineData(LambdaContract.AlexaHandler)]
    public void VoterFunctions_AreToldTheUnansweredTable(string handler)
    {
        var variables = Template.FunctionProperty(FunctionTests.FunctionFor(handler), "Environment", "Variables");

        Assert.True(QuestionsTable == CfnTemplate.Target(variables?[EnvironmentNames.UnansweredTable]),
            $"the {handler} function must get {EnvironmentNames.UnansweredTable}: !Ref {QuestionsTable}, or it keeps no questions");
    }

    [Fact]
    public void ImportFunction_IsNotToldTheUnansweredTable()
    {
        var variables = Template.FunctionProperty(FunctionTests.FunctionFor(LambdaContract.ImportHandler), "Environment", "Variables") as JsonObject ?? [];

        Assert.False(variables.ContainsKey(EnvironmentNames.UnansweredTable), $"the import function answers no voter and must not get {EnvironmentNames.UnansweredTable}");
    }
}
