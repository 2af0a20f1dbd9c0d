using System.Text.RegularExpressions;
using Elections.Bots.Core.Metrics;
using Elections.Bots.Infra.Tests.Support;

namespace Elections.Bots.Infra.Tests;

public sealed partial class MonitoringTests
{
    private static readonly CfnTemplate Template = RepoFiles.Template;

    private static IEnumerable<JsonObject> Alarms => Template.OfType("AWS::CloudWatch::Alarm").Select(a => CfnTemplate.Properties(a.Resource));

    private static bool Watches(JsonObject alarm, string ns, string metric, string dimension, string target) =>
        CfnTemplate.Text(alarm["Namespace"]) == ns && CfnTemplate.Text(alarm["MetricName"]) == metric
        && (alarm["Dimensions"] as JsonArray ?? []).Any(d => CfnTemplate.Text(d?["Name"]) == dimension && CfnTemplate.Target(d?["Value"]) == target);

    [Theory]
    [InlineData(LambdaContract.LexHandler)]
    [InlineData(LambdaContract.AlexaHandler)]
    public void VoterFunctions_HaveErrorThrottleAndP99DurationAlarms(string handler)
    {
        var function = FunctionTests.FunctionIdFor(handler);

        Assert.Contains(Alarms, a => Watches(a, "AWS/Lambda", "Errors", "FunctionName", function));
        Assert.Contains(Alarms, a => Watches(a, "AWS/Lambda", "Throttles", "FunctionName", function));
        Assert.Contains(Alarms, a => Watches(a, "AWS/Lambda", "Duration", "FunctionName", function) && CfnTemplate.Text(a["ExtendedStatistic"]) == "p99");
    }

    [Fact]
    public void ImportFunction_AndTheTable_HaveAlarms()
    {
        Assert.Contains(Alarms, a => Watches(a, "AWS/Lambda", "Errors", "FunctionName", FunctionTests.FunctionIdFor(LambdaContract.ImportHandler)));
        Assert.Contains(Alarms, a => Watches(a, "AWS/DynamoDB", "ReadThrottleEvents", "TableName", "FactsTable"));
        Assert.Contains(Alarms, a => Watches(a, "AWS/DynamoDB", "WriteThrottleEvents", "TableName", "FactsTable"));
    }

    [Fact]
    public void TurnExport_HasAnAlarmWhenLinesStopReachingTheBucket()
    {
        var stream = Assert.Single(Template.OfType("AWS::KinesisFirehose::DeliveryStream")).Id;

        Assert.Contains(Alarms, a => Watches(a, "AWS/Firehose", "DeliveryToS3.DataFreshness", "DeliveryStreamName", stream));
    }

    [Fact]
    public void Alarms_AllNotifyTheAlarmTopic()
    {
        var topic = Assert.Single(Template.OfType("AWS::SNS::Topic")).Id;

        Assert.All(Alarms, a => Assert.Equal(topic, CfnTemplate.Target(a["AlarmActions"]?[0])));
    }

    [Fact]
    public void CustomMetrics_InAlarms_AreOnesTheTurnsPublish()
    {
        var expressions = Alarms.SelectMany(a => (a["Metrics"] as JsonArray ?? []).Select(m => CfnTemplate.Text(m?["Expression"]) ?? "")).ToList();

        Assert.NotEmpty(expressions);
        Assert.All(expressions, e => Assert.Empty(UnknownMetricUses(e)));
    }

    [Fact]
    public void Dashboard_IsValidJson_ShowingAnswersPerIntentAndChannel_RatesAndLatency()
    {
        var body = DashboardJson();
        var expressions = body.ToJsonString();

        Assert.NotEmpty((body["widgets"] as JsonArray)!);
        Assert.Empty(UnknownMetricUses(JsonNode.Parse(expressions)!.ToString()));
        Assert.Contains($"SUM({MetricNames.Answers})", expressions, StringComparison.Ordinal);
        Assert.Contains($"GROUP BY {MetricNames.Intent}", expressions, StringComparison.Ordinal);
        Assert.Contains($"GROUP BY {MetricNames.Channel}", expressions, StringComparison.Ordinal);
        foreach (var metric in (string[])[MetricNames.Fallbacks, MetricNames.HandOffs, MetricNames.LatencyMs, MetricNames.StaleServes])
        {
            Assert.Contains(metric, expressions, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MetricChecks_WhenANameIsNotPublished_ReportIt()
    {
        Assert.Equal(
            ["metric Answer is not one the turns publish (MetricNames: Answers, Fallbacks, HandOffs, Errors, LatencyMs, StoreErrors, StaleServes)"],
            UnknownMetricUses("""SELECT SUM(Answer) FROM SCHEMA("ElectionsBots", Channel, Intent, Locale)"""));
        Assert.Equal(
            ["SCHEMA(\"ElectionsBots\", Channel, Intent) does not name the published dimension set (Channel, Intent, Locale)"],
            UnknownMetricUses("""SELECT SUM(Answers) FROM SCHEMA("ElectionsBots", Channel, Intent)"""));
    }

    /// <summary>Metric names and dimension sets in a Metrics Insights query or SEARCH expression that the turns do not publish.</summary>
    private static IEnumerable<string> UnknownMetricUses(string text)
    {
        var names = Aggregate().Matches(text).Select(m => m.Groups[1].Value)
            .Concat(SearchName().Matches(text).Select(m => m.Groups[1].Value));
        foreach (var name in names.Where(n => !MetricNames.All.Contains(n)).Distinct())
        {
            yield return $"metric {name} is not one the turns publish (MetricNames: {string.Join(", ", MetricNames.All)})";
        }
        var published = string.Join(", ", MetricNames.Dimensions);
        foreach (Match schema in Schema().Matches(text))
        {
            if (schema.Groups[1].Value != MetricNames.Namespace || schema.Groups[2].Value != published)
            {
                yield return $"{schema.Value} does not name the published dimension set ({published})";
            }
        }
        foreach (Match search in SearchSchema().Matches(text))
        {
            if (search.Groups[1].Value != $"{MetricNames.Namespace},{string.Join(',', MetricNames.Dimensions)}")
            {
                yield return $"SEARCH schema {{{search.Groups[1].Value}}} does not name the published dimension set ({published})";
            }
        }
    }

    /// <summary>The dashboard body with every <c>${X}</c> substituted, as CloudFormation would, by a plain name.</summary>
    private static JsonObject DashboardJson()
    {
        var (_, dashboard) = Assert.Single(Template.OfType("AWS::CloudWatch::Dashboard"));
        var body = CfnTemplate.Properties(dashboard)["DashboardBody"]?["Fn::Sub"]?.ToString();
        Assert.NotNull(body);
        return (JsonNode.Parse(Substitution().Replace(body, m => m.Groups[1].Value.Replace("::", "-", StringComparison.Ordinal))) as JsonObject)!;
    }

    [GeneratedRegex(@"(?:SUM|AVG|MAX|MIN|COUNT)\((\w+)\)")]
    private static partial Regex Aggregate();

    [GeneratedRegex("MetricName=\"(\\w+)\"")]
    private static partial Regex SearchName();

    [GeneratedRegex("SCHEMA\\(\"?([\\w/]+)\"?, ([^)]*)\\)")]
    private static partial Regex Schema();

    [GeneratedRegex(@"SEARCH\('\{([^}]*)\}")]
    private static partial Regex SearchSchema();

    [GeneratedRegex(@"\$\{([^}!]+)\}")]
    private static partial Regex Substitution();
}
