namespace Elections.Bots.Infra.Tests.Support;

/// <summary>What every DynamoDB table of the template shares: on demand, string keys as the code lays them out, the data key, deletion protection.</summary>
public static class TableAssert
{
    public static void OnDemandWithKeys(JsonObject table, string partitionKey, string sortKey)
    {
        Assert.Equal("PAY_PER_REQUEST", CfnTemplate.Text(table["BillingMode"]));
        var keys = (table["KeySchema"] as JsonArray)!.Select(k => $"{k!["AttributeName"]}:{k["KeyType"]}");
        Assert.Equal([$"{partitionKey}:HASH", $"{sortKey}:RANGE"], keys);
        var attributes = (table["AttributeDefinitions"] as JsonArray)!.Select(a => $"{a!["AttributeName"]}:{a["AttributeType"]}");
        Assert.Equal([$"{partitionKey}:S", $"{sortKey}:S"], attributes);
    }

    public static void EncryptedWithAndProtected(JsonObject table, string key)
    {
        Assert.True(CfnTemplate.IsTrue(table["SSESpecification"]?["SSEEnabled"]), "server-side encryption must be on");
        Assert.Equal("KMS", CfnTemplate.Text(table["SSESpecification"]?["SSEType"]));
        Assert.Equal(key, CfnTemplate.Target(table["SSESpecification"]?["KMSMasterKeyId"]));
        Assert.True(CfnTemplate.IsTrue(table["DeletionProtectionEnabled"]), "deletion protection must be on");
    }
}
