using Elections.Bots.DynamoDb.Table;
using Elections.Bots.Infra.Tests.Support;

namespace Elections.Bots.Infra.Tests;

public sealed class DataProtectionTests
{
    private static readonly CfnTemplate Template = RepoFiles.Template;

    private static string Only(string type) => Assert.Single(Template.OfType(type)).Id;

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
        var table = CfnTemplate.Properties(Template.Resource(Only("AWS::DynamoDB::Table")));

        Assert.Equal("PAY_PER_REQUEST", CfnTemplate.Text(table["BillingMode"]));
        var keys = (table["KeySchema"] as JsonArray)!.Select(k => $"{k!["AttributeName"]}:{k["KeyType"]}");
        Assert.Equal([$"{TableSchema.PartitionKey}:HASH", $"{TableSchema.SortKey}:RANGE"], keys);
        var attributes = (table["AttributeDefinitions"] as JsonArray)!.Select(a => $"{a!["AttributeName"]}:{a["AttributeType"]}");
        Assert.Equal([$"{TableSchema.PartitionKey}:S", $"{TableSchema.SortKey}:S"], attributes);
    }

    [Fact]
    public void FactsTable_IsEncryptedWithTheDataKey_Recoverable_AndProtectedFromDeletion()
    {
        var resource = Template.Resource(Only("AWS::DynamoDB::Table"));
        var table = CfnTemplate.Properties(resource);

        Assert.True(CfnTemplate.IsTrue(table["SSESpecification"]?["SSEEnabled"]), "server-side encryption must be on");
        Assert.Equal("KMS", CfnTemplate.Text(table["SSESpecification"]?["SSEType"]));
        Assert.Equal(Only("AWS::KMS::Key"), CfnTemplate.Target(table["SSESpecification"]?["KMSMasterKeyId"]));
        Assert.True(CfnTemplate.IsTrue(table["PointInTimeRecoverySpecification"]?["PointInTimeRecoveryEnabled"]), "point-in-time recovery must be on");
        Assert.True(CfnTemplate.IsTrue(table["DeletionProtectionEnabled"]), "deletion protection must be on");
        Assert.Equal("Retain", CfnTemplate.Text(resource["DeletionPolicy"]));
    }

    [Fact]
    public void Bucket_BlocksPublicAccess_EncryptsWithTheDataKey_AndKeepsVersions()
    {
        var bucket = CfnTemplate.Properties(Template.Resource(Only("AWS::S3::Bucket")));

        var block = bucket["PublicAccessBlockConfiguration"] as JsonObject;
        foreach (var setting in (string[])["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"])
        {
            Assert.True(CfnTemplate.IsTrue(block?[setting]), $"{setting} must be true");
        }
        var encryption = bucket["BucketEncryption"]?["ServerSideEncryptionConfiguration"]?[0];
        Assert.Equal("aws:kms", CfnTemplate.Text(encryption?["ServerSideEncryptionByDefault"]?["SSEAlgorithm"]));
        Assert.Equal(Only("AWS::KMS::Key"), CfnTemplate.Target(encryption?["ServerSideEncryptionByDefault"]?["KMSMasterKeyID"]));
        Assert.Equal("Enabled", CfnTemplate.Text(bucket["VersioningConfiguration"]?["Status"]));
        Assert.Equal("BucketOwnerEnforced", CfnTemplate.Text(bucket["OwnershipControls"]?["Rules"]?[0]?["ObjectOwnership"]));
    }

    [Fact]
    public void BucketPolicy_DeniesEveryRequestWithoutTls()
    {
        var policy = CfnTemplate.Properties(Template.Resource(Only("AWS::S3::BucketPolicy")));
        var statements = (policy["PolicyDocument"]?["Statement"] as JsonArray)!.OfType<JsonObject>();

        Assert.Equal(Only("AWS::S3::Bucket"), CfnTemplate.Target(policy["Bucket"]));
        var tls = Assert.Single(statements, s => s["Condition"]?["Bool"]?["aws:SecureTransport"] is not null);
        Assert.Equal("Deny", CfnTemplate.Text(tls["Effect"]));
        Assert.Equal("*", CfnTemplate.Text(tls["Principal"]));
        Assert.Equal("s3:*", CfnTemplate.Text(tls["Action"]));
        Assert.Equal("false", CfnTemplate.Text(tls["Condition"]?["Bool"]?["aws:SecureTransport"]));
        Assert.Equal(
            """[{"Fn::GetAtt":["DataBucket","Arn"]},{"Fn::Sub":"${DataBucket.Arn}/*"}]""",
            tls["Resource"]?.ToJsonString());
    }

    [Fact]
    public void Bucket_NotifiesTheImportFunction_ForFeedZipsOnly_WithAPermissionScopedToTheBucket()
    {
        var bucket = Template.Resource(Only("AWS::S3::Bucket"));
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
