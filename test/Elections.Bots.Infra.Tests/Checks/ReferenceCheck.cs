using System.Text.RegularExpressions;
using Elections.Bots.Infra.Tests.Support;

namespace Elections.Bots.Infra.Tests.Checks;

/// <summary>
/// Every name a template uses resolves: <c>Ref</c> to a parameter, resource or pseudo-parameter; <c>GetAtt</c>
/// and <c>${Res.Attr}</c> to a resource; <c>Fn::If</c> and <c>Condition</c> to a condition; <c>DependsOn</c> to a
/// resource; a conditional resource only from where the same condition holds. Each problem is one sentence with
/// the path where it is.
/// </summary>
public static partial class ReferenceCheck
{
    public static readonly FrozenSet<string> PseudoParameters = new[]
    {
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region",
        "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> Problems(CfnTemplate template)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        var scope = new Scope(template, problems);
        foreach (var (name, condition) in template.Conditions) scope.Walk(condition, $"Conditions.{name}", inConditions: true, owner: null, guards: []);
        if (template.Root["Globals"] is { } globals) scope.Walk(globals, "Globals", inConditions: false, owner: null, guards: []);
        foreach (var (id, node) in template.Resources)
        {
            if (node is not JsonObject resource)
            {
                problems.Add($"Resources.{id} is not a mapping.");
                continue;
            }
            var owner = CfnTemplate.Text(resource["Condition"]);
            if (owner is not null && !template.Conditions.ContainsKey(owner))
            {
                problems.Add($"Resources.{id}.Condition names {owner}, which is not a condition in the template.");
            }
            foreach (var dependency in DependsOn(resource["DependsOn"]))
            {
                if (!template.Resources.ContainsKey(dependency)) problems.Add($"Resources.{id}.DependsOn names {dependency}, which is not a resource in the template.");
            }
            scope.Walk(resource["Properties"], $"Resources.{id}.Properties", inConditions: false, owner, guards: []);
        }
        foreach (var (name, node) in template.Outputs)
        {
            var owner = CfnTemplate.Text(node?["Condition"]);
            scope.Walk(node?["Value"], $"Outputs.{name}.Value", inConditions: false, owner, guards: []);
        }
        scope.ReportUnused();
        return problems.ToImmutable();
    }

    private static IEnumerable<string> DependsOn(JsonNode? node) => node switch
    {
        JsonValue one => [one.ToString()],
        JsonArray many => many.Select(n => n?.ToString() ?? ""),
        _ => [],
    };

    private sealed class Scope(CfnTemplate template, ImmutableArray<string>.Builder problems)
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public void Walk(JsonNode? node, string path, bool inConditions, string? owner, ImmutableHashSet<string> guards)
        {
            switch (node)
            {
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", inConditions, owner, guards);
                    return;
                case JsonObject obj when obj.Count == 1 && obj.First() is var (key, argument) && IsIntrinsic(key):
                    Intrinsic(key, argument, path, inConditions, owner, guards);
                    return;
                case JsonObject obj:
                    foreach (var (key, child) in obj) Walk(child, $"{path}.{key}", inConditions, owner, guards);
                    return;
            }
        }

        public void ReportUnused()
        {
            foreach (var name in template.Parameters.Select(p => p.Key).Where(p => !_used.Contains(p)))
            {
                problems.Add($"Parameters.{name} is declared but nothing uses it.");
            }
            foreach (var name in template.Conditions.Select(c => c.Key).Where(c => !_used.Contains(c) && !UsedOnResource(c)))
            {
                problems.Add($"Conditions.{name} is declared but nothing uses it.");
            }
        }

        private bool UsedOnResource(string condition) =>
            template.Resources.Concat(template.Outputs).Any(r => CfnTemplate.Text(r.Value?["Condition"]) == condition);

        private static bool IsIntrinsic(string key) => key is "Ref" or "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal);

        private void Intrinsic(string function, JsonNode? argument, string path, bool inConditions, string? owner, ImmutableHashSet<string> guards)
        {
            switch (function)
            {
                case "Ref":
                    RefTo(CfnTemplate.Text(argument), $"{path}: !Ref", inConditions, owner, guards, allowResource: !inConditions);
                    return;
                case "Fn::GetAtt":
                    ResourceAttribute(argument?[0]?.ToString(), argument?[1]?.ToString(), $"{path}: !GetAtt", owner, guards);
                    return;
                case "Condition":
                    Condition(CfnTemplate.Text(argument), $"{path}: !Condition");
                    return;
                case "Fn::If" when argument is JsonArray { Count: 3 } branches:
                    var condition = CfnTemplate.Text(branches[0]);
                    Condition(condition, $"{path}: !If");
                    Walk(branches[1], $"{path}[1]", inConditions, owner, condition is null ? guards : guards.Add(condition));
                    Walk(branches[2], $"{path}[2]", inConditions, owner, guards);
                    return;
                case "Fn::If":
                    problems.Add($"{path}: !If takes [condition, value if true, value if false].");
                    return;
                case "Fn::Sub":
                    Substitution(argument, path, inConditions, owner, guards);
                    return;
                case "Fn::FindInMap" when argument is JsonArray { Count: 3 } lookup && CfnTemplate.Text(lookup[0]) is { } map:
                    if (!template.Mappings.ContainsKey(map)) problems.Add($"{path}: !FindInMap names {map}, which is not a mapping in the template.");
                    Walk(lookup, path, inConditions, owner, guards);
                    return;
                default:
                    Walk(argument, path, inConditions, owner, guards);
                    return;
            }
        }

        private void Substitution(JsonNode? argument, string path, bool inConditions, string? owner, ImmutableHashSet<string> guards)
        {
            var (text, variables) = argument switch
            {
                JsonValue v => (v.ToString(), new JsonObject()),
                JsonArray { Count: 2 } a => (a[0]?.ToString() ?? "", a[1] as JsonObject ?? []),
                _ => ("", new JsonObject()),
            };
            Walk(variables, path, inConditions, owner, guards);
            foreach (Match match in Placeholder().Matches(text))
            {
                var name = match.Groups[1].Value;
                if (name.StartsWith('!') || variables.ContainsKey(name)) continue;
                var dot = name.IndexOf('.', StringComparison.Ordinal);
                if (dot > 0 && !name.StartsWith("AWS::", StringComparison.Ordinal))
                {
                    ResourceAttribute(name[..dot], name[(dot + 1)..], $"{path}: ${{{name}}} in !Sub", owner, guards);
                }
                else
                {
                    RefTo(name, $"{path}: ${{{name}}} in !Sub", inConditions, owner, guards, allowResource: true);
                }
            }
        }

        private void RefTo(string? name, string where, bool inConditions, string? owner, ImmutableHashSet<string> guards, bool allowResource)
        {
            if (name is null)
            {
                problems.Add($"{where} has no name.");
                return;
            }
            _used.Add(name);
            if (PseudoParameters.Contains(name) || template.Parameters.ContainsKey(name)) return;
            if (template.Resources.ContainsKey(name))
            {
                if (!allowResource) problems.Add($"{where} names the resource {name}; conditions may only use parameters.");
                else Reachable(name, where, owner, guards);
                return;
            }
            problems.Add(inConditions
                ? $"{where} names {name}, which is not a parameter or pseudo-parameter."
                : $"{where} names {name}, which is not a parameter, resource or pseudo-parameter in the template.");
        }

        private void ResourceAttribute(string? resource, string? attribute, string where, string? owner, ImmutableHashSet<string> guards)
        {
            if (resource is null || !template.Resources.ContainsKey(resource))
            {
                problems.Add($"{where} names {resource}, which is not a resource in the template.");
                return;
            }
            if (string.IsNullOrEmpty(attribute)) problems.Add($"{where} {resource} names no attribute.");
            Reachable(resource, where, owner, guards);
        }

        /// <summary>A resource that exists only under a condition may be named only where that condition holds.</summary>
        private void Reachable(string resource, string where, string? owner, ImmutableHashSet<string> guards)
        {
            if (CfnTemplate.Text(template.Resource(resource)["Condition"]) is not { } needed) return;
            if (needed == owner || guards.Contains(needed)) return;
            problems.Add($"{where} names {resource}, which exists only when {needed} is true; use it under that condition (a resource Condition or !If {needed}).");
        }

        private void Condition(string? name, string where)
        {
            if (name is not null) _used.Add(name);
            if (name is null || !template.Conditions.ContainsKey(name)) problems.Add($"{where} names {name}, which is not a condition in the template.");
        }
    }

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex Placeholder();
}
