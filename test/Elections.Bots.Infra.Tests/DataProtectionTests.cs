using Elections.Bots.DynamoDb.Table;
using Elections.Bots.Infra.Tests.Checks;
using Elections.Bots.Infra.Tests.Support;
using Elections.Bots.Lambda.Configuration;

namespace Elections.Bots.Infra.Tests;

public sealed class DataProtectionTests
{
    private static readonly CfnTemplate Template = RepoFiles.Template;

    private static string Only(string type) => Assert.Single(Template.OfType(type)).Id;

    /// <summary>The facts table: the one the functions' TABLE_NAME names.</summary>
    private static string FactsTable => PolicyCheck.TableIn(Template, EnvironmentNames.TableName)!;

    /// <summary>The feeds bucket: the one whose uploads start an import.</summary>
    private static string DataBucket =>
        Assert.Single(Template.OfType("AWS::S3::Bucket"), b => CfnTemplate.Properties(b.Resource)["NotificationConfiguration"] is not null).Id;

    public static TheoryData<string> Buckets => [.. Template.OfType("AWS::S3::Bucket").Select(b => b.Id)];

    [Fact]
    public void DataKey_IsCustomerManaged_RotatedAndKeptOnStackDeletion()
    {
        var key = Template.Resource(Only("AWS::KMS::Key"));

        Assert.True(CfnTemplate.IsTrue(CfnTemplate.Properties(key)["EnableKeyRotation"]), "key rotation must be on");
        Assert.Equal("Retain", CfnTemplate.Text(key["DeletionPolicy"]));
    }

    [Fact]
    public void FactsTable_HasTheStoresKeySchema_OnDemand()
    {
        TableAssert.OnDemandWithKeys(CfnTemplate.Properties(Template.Resource(FactsTable)), TableSchema.PartitionKey, TableSchema.SortKey);
    }

    [Fact]
    public void FactsTable_IsEncryptedWithTheDataKey_Recoverable_AndProtectedFromDeletion()
    {
        var resource = Template.Resource(FactsTable);
        var table = CfnTemplate.Properties(resource);

        TableAssert.EncryptedWithAndProtected(table, Only("AWS::KMS::Key"));
        Assert.True(CfnTemplate.IsTrue(table["PointInTimeRecoverySpecification"]?["PointInTimeRecoveryEnabled"]), "point-in-time recovery must be on");
        Assert.Equal("Retain", CfnTemplate.Text(resource["DeletionPolicy"]));
    }

    [Theory]
    [MemberData(nameof(Buckets))]
    public void EveryBucket_BlocksPublicAccess_EncryptsWithTheDataKey_AndOwnsItsObjects(string id)
    {
        var bucket = CfnTemplate.Properties(Template.Resource(id));

        var block = bucket["PublicAccessBlockConfiguration"] as JsonObject;
        foreach (var setting in (string[])["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"])
        {
            Assert.True(CfnTemplate.IsTrue(block?[setting]), $"{id}: {setting} must be true");
        }
        var encryption = bucket["BucketEncryption"]?["ServerSideEncryptionConfiguration"]?[0];
        Assert.True("aws:kms" == CfnTemplate.Text(encryption?["ServerSideEncryptionByDefault"]?["SSEAlgorithm"]), $"{id} must encrypt with aws:kms");
        Assert.True(Only("AWS::KMS::Key") == CfnTemplate.Target(encryption?["ServerSideEncryptionByDefault"]?["KMSMasterKeyID"]), $"{id} must encrypt with the data key");
        Assert.True("BucketOwnerEnforced" == CfnTemplate.Text(bucket["OwnershipControls"]?["Rules"]?[0]?["ObjectOwnership"]), $"{id} must enforce bucket-owner ownership");
    }

    [Fact]
    public void DataBucket_KeepsReplacedFeeds()
    {
        Assert.Equal("Enabled", CfnTemplate.Text(CfnTemplate.Properties(Template.Resource(DataBucket))["VersioningConfiguration"]?["Status"]));
    }

    [Theory]
    [MemberData(nameof(Buckets))]
    public void EveryBucket_HasAPolicyDenyingEveryRequestWithoutTls(string id)
    {
        var (_, resource) = Assert.Single(Template.OfType("AWS::S3::BucketPolicy"), p => CfnTemplate.Target(CfnTemplate.Properties(p.Resource)["Bucket"]) == id);
        var statements = (CfnTemplate.Properties(resource)["PolicyDocument"]?["Statement"] as JsonArray)!.OfType<JsonObject>();

        var tls = Assert.Single(statements, s => s["Condition"]?["Bool"]?["aws:SecureTransport"] is not null);
        Assert.Equal("Deny", CfnTemplate.Text(tls["Effect"]));
        Assert.Equal("*", CfnTemplate.Text(tls["Principal"]));
        Assert.Equal("s3:*", CfnTemplate.Text(tls["Action"]));
        Assert.Equal("false", CfnTemplate.Text(tls["Condition"]?["Bool"]?["aws:SecureTransport"]));
        Assert.Equal(
            $$"""[{"Fn::GetAtt":["{{id}}","Arn"]},{"Fn::Sub":"${{{id}}.Arn}/*"}]""",
            tls["Resource"]?.ToJsonString());
    }

    [Fact]
    public void Bucket_NotifiesTheImportFunction_ForFeedZipsOnly_WithAPermissionScopedToTheBucket()
    {
        var bucket = Template.Resource(DataBucket);
        var notification = Assert.Single((CfnTemplate.Properties(bucket)["NotificationConfiguration"]?["LambdaConfigurations"] as JsonArray)!);
        var import = FunctionTests.FunctionIdFor(LambdaContract.ImportHandler);

        Assert.Equal(import, CfnTemplate.Target(notification?["Function"]));
        Assert.Equal("s3:ObjectCreated:*", CfnTemplate.Text(notification?["Event"]));
        Assert.Equal("""[{"Name":"prefix","Value":"feeds/"},{"Name":"suffix","Value":".zip"}]""", notification?["Filter"]?["S3Key"]?["Rules"]?.ToJsonString());

        var (permissionId, permission) = Assert.Single(Template.OfType("AWS::Lambda::Permission"),
            p => CfnTemplate.Text(CfnTemplate.Properties(p.Resource)["Principal"]) == "s3.amazonaws.com");
        Assert.Equal(import, CfnTemplate.Target(CfnTemplate.Properties(permission)["FunctionName"]));
        // The bucket waits for the permission (S3 checks it when the notification is set) and the permission names
        // the bucket by the same name the bucket is given.
        Assert.Equal(permissionId, CfnTemplate.Text(bucket["DependsOn"]));
        var bucketName = CfnTemplate.Properties(bucket)["BucketName"]?["Fn::Sub"]?.ToString();
        Assert.Equal("arn:${AWS::Partition}:s3:::" + bucketName, CfnTemplate.Properties(permission)["SourceArn"]?["Fn::Sub"]?.ToString());
    }

    [Fact]
    public void LogGroups_AreEncryptedWithTheDataKey_AndExpire()
    {
        Assert.All(Template.OfType("AWS::Logs::LogGroup"), group =>
        {
            var properties = CfnTemplate.Properties(group.Resource);
            Assert.Equal(Only("AWS::KMS::Key"), CfnTemplate.Target(properties["KmsKeyId"]));
            Assert.Equal("LogRetentionDays", CfnTemplate.Target(properties["RetentionInDays"]));
        });
    }
}
