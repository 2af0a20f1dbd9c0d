using Elections.Bots.Infra.Tests.Support;
using Elections.Bots.Lambda.Configuration;

namespace Elections.Bots.Infra.Tests.Checks;

/// <summary>
/// Where each kind of role may point its actions: a voter reads only the facts table and writes only the
/// unanswered-questions table; any other role but the import function's writes only into the bucket a Firehose
/// delivery stream exports to. Keys are the template's own.
/// </summary>
public sealed class WriteScopes(CfnTemplate template)
{
    private readonly string? _facts = PolicyCheck.TableIn(template, EnvironmentNames.TableName);
    private readonly string? _questions = PolicyCheck.TableIn(template, EnvironmentNames.UnansweredTable);
    private readonly HashSet<string> _keys = [.. template.OfType("AWS::KMS::Key").Select(k => k.Id)];

    private readonly HashSet<string> _exportBuckets =
    [
        .. template.OfType("AWS::KinesisFirehose::DeliveryStream")
            .Select(s => CfnTemplate.Target(CfnTemplate.Properties(s.Resource)["ExtendedS3DestinationConfiguration"]?["BucketARN"]))
            .OfType<string>(),
    ];

    public void CheckVoter(PolicyStatement statement, string action, string what, ImmutableArray<string>.Builder problems)
    {
        var (allowed, named) = action.StartsWith("kms:", StringComparison.OrdinalIgnoreCase) ? (_keys, "data key")
            : !action.StartsWith("dynamodb:", StringComparison.OrdinalIgnoreCase) ? (null, "")
            : PolicyCheck.IsDataWrite(action) ? (Only(_questions), "unanswered-questions table")
            : (Only(_facts), "facts table");
        if (allowed is not null) Check(statement, action, what, allowed, $"it may only name the template's {named}", problems);
    }

    public void CheckExport(PolicyStatement statement, string action, string what, ImmutableArray<string>.Builder problems)
    {
        var allowed = action.StartsWith("kms:", StringComparison.OrdinalIgnoreCase) ? _keys
            : action.StartsWith("s3:", StringComparison.OrdinalIgnoreCase) ? _exportBuckets
            : [];
        Check(statement, action, what, allowed, "only the import function writes facts and feeds; other roles write only the analytics bucket", problems);
    }

    private static HashSet<string> Only(string? id) => id is null ? [] : [id];

    private static void Check(PolicyStatement statement, string action, string what, HashSet<string> allowed, string rule, ImmutableArray<string>.Builder problems)
    {
        foreach (var resource in statement.Resources)
        {
            if (PolicyCheck.ResourceNamed(resource) is { } target && allowed.Contains(target)) continue;
            problems.Add($"{what} allows {action} in policy {statement.Policy} on {resource?.ToJsonString()}; {rule}.");
        }
    }
}
