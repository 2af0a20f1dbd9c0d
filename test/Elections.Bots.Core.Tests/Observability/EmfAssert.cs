using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.Bots.Core.Metrics;
using Elections.Bots.Core.Observability;

namespace Elections.Bots.Core.Tests.Observability;

/// <summary>The rules of CloudWatch Embedded Metric Format that CloudWatch Logs enforces before it extracts a metric.</summary>
internal static class EmfAssert
{
    private static readonly HashSet<string> Units = ["Count", "Milliseconds", "Seconds", "Microseconds", "Bytes", "Percent", "None"];

    public static void Valid(JsonObject line)
    {
        var aws = Assert.IsType<JsonObject>(line["_aws"]);
        Assert.Equal(JsonValueKind.Number, aws["Timestamp"]!.GetValueKind());
        Assert.True(aws["Timestamp"]!.GetValue<long>() > 0);
        var directives = Assert.IsType<JsonArray>(aws["CloudWatchMetrics"]);
        Assert.NotEmpty(directives);
        foreach (var directive in directives.Select(d => Assert.IsType<JsonObject>(d)))
        {
            Assert.Equal(MetricNames.Namespace, directive["Namespace"]!.GetValue<string>());
            var dimensionSets = Assert.IsType<JsonArray>(directive["Dimensions"]);
            foreach (var set in dimensionSets.Select(s => Assert.IsType<JsonArray>(s)))
            {
                Assert.InRange(set.Count, 0, 30);
                foreach (var dimension in set.Select(d => d!.GetValue<string>()))
                {
                    // A dimension is a string member of the root, 1–1024 characters.
                    Assert.Equal(JsonValueKind.String, line[dimension]?.GetValueKind());
                    Assert.InRange(line[dimension]!.GetValue<string>().Length, 1, 1024);
                }
            }
            var metrics = Assert.IsType<JsonArray>(directive["Metrics"]);
            Assert.InRange(metrics.Count, 1, 100);
            foreach (var metric in metrics.Select(m => Assert.IsType<JsonObject>(m)))
            {
                var name = metric["Name"]!.GetValue<string>();
                Assert.InRange(name.Length, 1, 1024);
                Assert.Contains(metric["Unit"]!.GetValue<string>(), Units);
                // Every metric a directive names has a numeric value at the root.
                Assert.Equal(JsonValueKind.Number, line[name]?.GetValueKind());
            }
        }
    }
}
