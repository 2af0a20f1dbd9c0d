using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace Elections.Bots.DynamoDb.Table;

/// <summary>
/// SDK settings for the two kinds of caller. Voters: short attempts, few retries, so that with the store's
/// 1 s operation budget a turn never waits more than 2 s on DynamoDB. Administrators: patient, because a
/// publish would rather wait out throttling than stop half way.
/// </summary>
public static class FactTableClientConfig
{
    /// <param name="serviceUrl">An endpoint such as dynalite's <c>http://127.0.0.1:4567</c>; null for AWS.</param>
    public static AmazonDynamoDBConfig ForVoters(string? region, string? serviceUrl = null) =>
        Create(region, serviceUrl, attempt: TimeSpan.FromMilliseconds(500), connect: TimeSpan.FromMilliseconds(250), retries: 2);

    public static AmazonDynamoDBConfig ForAdministration(string? region, string? serviceUrl = null) =>
        Create(region, serviceUrl, attempt: TimeSpan.FromSeconds(10), connect: TimeSpan.FromSeconds(3), retries: 6);

    private static AmazonDynamoDBConfig Create(string? region, string? serviceUrl, TimeSpan attempt, TimeSpan connect, int retries)
    {
        var config = new AmazonDynamoDBConfig
        {
            Timeout = attempt,
            ConnectTimeout = connect,
            MaxErrorRetry = retries,
            RetryMode = RequestRetryMode.Standard,
        };
        if (!string.IsNullOrWhiteSpace(region)) config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        if (!string.IsNullOrWhiteSpace(serviceUrl))
        {
            config.ServiceURL = serviceUrl;
            // A local endpoint still signs requests for a region; dynalite accepts any.
            config.AuthenticationRegion = string.IsNullOrWhiteSpace(region) ? "us-east-1" : region;
        }
        return config;
    }
}
