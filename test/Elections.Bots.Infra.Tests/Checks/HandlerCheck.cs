using Elections.Bots.Infra.Tests.Support;

namespace Elections.Bots.Infra.Tests.Checks;

/// <summary>
/// Each function's Handler becomes <c>_HANDLER</c> for the one bootstrap: it must be a name the host serves,
/// and every name must be deployed exactly once.
/// </summary>
public static class HandlerCheck
{
    public static IReadOnlyList<string> Problems(CfnTemplate template)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        var handlers = template.OfType("AWS::Serverless::Function")
            .Select(f => (f.Id, Handler: CfnTemplate.Text(template.FunctionProperty(f.Resource, "Handler"))))
            .ToList();
        foreach (var (id, handler) in handlers.Where(h => h.Handler is null || !LambdaContract.Handlers.Contains(h.Handler)))
        {
            problems.Add($"Function {id} has Handler '{handler}', which bootstrap does not serve: _HANDLER must be one of {string.Join(", ", LambdaContract.Handlers)}.");
        }
        foreach (var name in LambdaContract.Handlers)
        {
            var count = handlers.Count(h => h.Handler == name);
            if (count != 1) problems.Add($"{count} functions in template.yaml run the {name} handler; exactly one must.");
        }
        foreach (var (id, function) in template.OfType("AWS::Serverless::Function"))
        {
            var variables = template.FunctionProperty(function, "Environment", "Variables") as JsonObject ?? [];
            foreach (var name in variables.Select(v => v.Key).Where(v => !LambdaContract.EnvironmentVariables.Contains(v)))
            {
                problems.Add($"Function {id} sets {name}, which bootstrap never reads (it reads {string.Join(", ", LambdaContract.EnvironmentVariables)}).");
            }
        }
        return problems.ToImmutable();
    }
}
