using System.Text.RegularExpressions;
using Elections.Bots.Infra.Tests.Support;

namespace Elections.Bots.Infra.Tests.Checks;

/// <summary>
/// Least privilege, checked on the template: the voter functions only read the facts table, batch-write the
/// unanswered-questions table, use the data key through DynamoDB and write their own logs; only the import
/// function writes facts and feeds; other roles write only into the analytics export's bucket; no policy uses a
/// wildcard action. Each problem names the role, the policy and the action.
/// </summary>
public static partial class PolicyCheck
{
    /// <summary>What a voter function may read. DynamoFactStore calls Query and GetItem; BatchGetItem and DescribeTable are reads too.</summary>
    public static readonly FrozenSet<string> VoterReads = new[]
    {
        "dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable",
        "kms:Decrypt", "kms:DescribeKey",
        "logs:CreateLogStream", "logs:PutLogEvents",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The writes of DynamoUnansweredQuestionStore (BatchWriteItem) and the SSE-KMS data key they need.</summary>
    public static readonly FrozenSet<string> VoterWrites = new[] { "dynamodb:BatchWriteItem", "kms:GenerateDataKey" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] DataWritePrefixes =
    [
        "dynamodb:Put", "dynamodb:Update", "dynamodb:Delete", "dynamodb:BatchWrite", "dynamodb:Create", "dynamodb:Restore",
        "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate", "dynamodb:PartiQLDelete", "dynamodb:TransactWrite",
        "s3:Put", "s3:Delete", "s3:Restore", "kms:Encrypt", "kms:GenerateDataKey", "kms:ReEncrypt",
    ];

    public static bool IsDataWrite(string action) => DataWritePrefixes.Any(p => action.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every statement granted to a role: its inline policies and the policy resources attached to it.</summary>
    public static IEnumerable<PolicyStatement> StatementsOf(CfnTemplate template, string role)
    {
        var properties = CfnTemplate.Properties(template.Resource(role));
        foreach (var policy in (properties["Policies"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var s in PolicyStatement.Read(role, policy["PolicyName"]?.ToString() ?? "(inline)", policy["PolicyDocument"])) yield return s;
        }
        foreach (var (id, resource) in template.OfType("AWS::IAM::Policy").Concat(template.OfType("AWS::IAM::ManagedPolicy")))
        {
            var roles = CfnTemplate.Properties(resource)["Roles"] as JsonArray ?? [];
            if (!roles.Any(r => CfnTemplate.Target(r) == role)) continue;
            foreach (var s in PolicyStatement.Read(role, id, CfnTemplate.Properties(resource)["PolicyDocument"])) yield return s;
        }
    }

    /// <summary>The role a function runs as (its <c>Role: !GetAtt X.Arn</c>).</summary>
    public static string? RoleOf(CfnTemplate template, JsonObject function) => CfnTemplate.Target(CfnTemplate.Properties(function)["Role"]);

    /// <summary>The table a function environment variable names (TABLE_NAME: the facts; UNANSWERED_TABLE: the questions).</summary>
    public static string? TableIn(CfnTemplate template, string variable) =>
        template.OfType("AWS::Serverless::Function")
            .Select(f => CfnTemplate.Target(template.FunctionProperty(f.Resource, "Environment", "Variables", variable)))
            .FirstOrDefault(t => t is not null);

    /// <summary>The logical id an ARN in a policy points into: <c>!Ref X</c>, <c>!GetAtt X.Arn</c>, or <c>!Sub "${X.Arn}/…"</c>.</summary>
    public static string? ResourceNamed(JsonNode? resource) =>
        CfnTemplate.Target(resource)
        ?? (resource is JsonObject o && CfnTemplate.Text(o["Fn::Sub"]) is { } sub && SubArn().Match(sub) is { Success: true } m ? m.Groups[1].Value : null);

    public static IReadOnlyList<string> Problems(CfnTemplate template)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        var functions = template.OfType("AWS::Serverless::Function").ToList();
        var roleHandlers = functions
            .Where(f => RoleOf(template, f.Resource) is not null)
            .ToLookup(f => RoleOf(template, f.Resource)!, f => CfnTemplate.Text(template.FunctionProperty(f.Resource, "Handler")) ?? "");

        foreach (var (id, function) in functions)
        {
            if (RoleOf(template, function) is null)
            {
                problems.Add($"{id} has no Role: !GetAtt ROLE.Arn, so SAM would make a role whose permissions this check cannot see.");
            }
        }

        var scopes = new WriteScopes(template);
        foreach (var (role, resource) in template.OfType("AWS::IAM::Role"))
        {
            var handlers = roleHandlers[role].ToList();
            var voter = handlers.Count > 0 && handlers.All(LambdaContract.VoterHandlers.Contains);
            var writer = handlers.Contains(LambdaContract.ImportHandler);
            var what = handlers.Count > 0 ? $"{role} (the {string.Join(" and ", handlers)} function's role)" : role;

            if (voter && CfnTemplate.Properties(resource)["ManagedPolicyArns"] is JsonArray { Count: > 0 })
            {
                problems.Add($"{what} has managed policies; a voter function's permissions must all be visible here.");
            }
            foreach (var statement in StatementsOf(template, role).Where(s => s.Allows))
            {
                foreach (var action in statement.Actions)
                {
                    if (action.Contains('*', StringComparison.Ordinal))
                    {
                        problems.Add($"{what} allows the wildcard action {action} in policy {statement.Policy}; name each action.");
                    }
                    if (voter && !VoterReads.Contains(action) && !VoterWrites.Contains(action))
                    {
                        problems.Add($"{what} allows {action} in policy {statement.Policy}, which is not a read action; a voter function may only "
                            + "read the facts table (dynamodb:GetItem, dynamodb:Query, dynamodb:BatchGetItem), batch-write unanswered questions, "
                            + "use the data key through DynamoDB and write its own logs. Only the import function writes facts.");
                    }
                    else if (voter)
                    {
                        scopes.CheckVoter(statement, action, what, problems);
                    }
                    else if (!writer && IsDataWrite(action))
                    {
                        scopes.CheckExport(statement, action, what, problems);
                    }
                }
            }
        }
        return problems.ToImmutable();
    }

    [GeneratedRegex(@"^\$\{([A-Za-z0-9]+)(?:\.Arn)?\}")]
    private static partial Regex SubArn();
}
