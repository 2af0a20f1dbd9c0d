namespace Elections.Bots.Infra.Tests.Checks;

/// <summary>One IAM statement of a role, flattened: where it comes from, its effect, actions and resources.</summary>
public sealed record PolicyStatement(string Role, string Policy, string Effect, IReadOnlyList<string> Actions, IReadOnlyList<JsonNode?> Resources)
{
    public bool Allows => Effect == "Allow";

    public static IEnumerable<PolicyStatement> Read(string role, string policy, JsonNode? document)
    {
        var statements = document?["Statement"] switch
        {
            JsonArray many => many.OfType<JsonObject>(),
            JsonObject one => [one],
            _ => [],
        };
        foreach (var statement in statements)
        {
            yield return new PolicyStatement(
                role, policy, statement[nameof(Effect)]?.ToString() ?? "",
                [.. Many(statement["Action"]).Select(a => a?.ToString() ?? "")],
                [.. Many(statement["Resource"])]);
        }
    }

    private static JsonArray Many(JsonNode? node) => node as JsonArray ?? [node?.DeepClone()];
}
