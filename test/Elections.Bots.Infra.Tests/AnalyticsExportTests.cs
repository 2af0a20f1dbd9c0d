using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Observability;
using Elections.Bots.Infra.Tests.Checks;
using Elections.Bots.Infra.Tests.Support;

namespace Elections.Bots.Infra.Tests;

/// <summary>
/// The analytics export carries exactly the turn lines the code writes: the subscription filters select them,
/// Firehose unwraps them into the prefix the Glue table projects, and the table has a column for every field.
/// </summary>
public sealed partial class AnalyticsExportTests
{
    private static readonly CfnTemplate Template = RepoFiles.Template;

    private static (string Id, JsonObject Properties) Stream
    {
        get
        {
            var (id, resource) = Assert.Single(Template.OfType("AWS::KinesisFirehose::DeliveryStream"));
            return (id, CfnTemplate.Properties(resource));
        }
    }

    private static JsonNode Destination => Stream.Properties["ExtendedS3DestinationConfiguration"]!;

    private static JsonObject TurnsTableInput => (JsonObject)CfnTemplate.Properties(Assert.Single(Template.OfType("AWS::Glue::Table")).Resource)["TableInput"]!;

    /// <summary>A line as the voter functions write it, with every optional field present.</summary>
    private static JsonObject WrittenLine()
    {
        var record = new TurnRecord("5e1f0c52-1111-2222-3333-444455556666", Channel.Sms, Locale.English, IntentNames.All[0], TurnOutcome.Fallback,
            "eday-phones", 0.334, "2027-02-01.1", "faq-no-match", 0.052, new StoreCounters(1, 0, 0, 0), 1_788_000_000_000);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) TurnLogFormat.Write(writer, record);
        return (JsonObject)JsonNode.Parse(Encoding.UTF8.GetString(buffer.ToArray()))!;
    }

    [Theory]
    [InlineData(LambdaContract.LexHandler)]
    [InlineData(LambdaContract.AlexaHandler)]
    public void VoterLogGroups_SendTheirTurnLinesToTheStream(string handler)
    {
        var logGroup = CfnTemplate.Target(Template.FunctionProperty(FunctionTests.FunctionFor(handler), "LoggingConfig", "LogGroup"));
        var (id, filter) = Assert.Single(Template.OfType("AWS::Logs::SubscriptionFilter"), f => CfnTemplate.Target(CfnTemplate.Properties(f.Resource)["LogGroupName"]) == logGroup);
        var properties = CfnTemplate.Properties(filter);

        Assert.True(Stream.Id == CfnTemplate.Target(properties["DestinationArn"]), $"{id} must send to the delivery stream {Stream.Id}");
        var pattern = CfnTemplate.Text(properties["FilterPattern"]) ?? "";
        var match = EqualsPattern().Match(pattern);
        Assert.True(match.Success, $"{id}'s filter pattern '{pattern}' is not {{ $.FIELD = \"VALUE\" }}");
        Assert.Equal(TurnLogFields.Event.Value, match.Groups[1].Value);
        Assert.Equal(TurnLogFields.EventValue, match.Groups[2].Value);
        // The pattern selects a line the code writes.
        Assert.Equal(match.Groups[2].Value, WrittenLine()[match.Groups[1].Value]?.ToString());
    }

    [Fact]
    public void ImportLogGroup_IsNotExported()
    {
        var logGroup = CfnTemplate.Target(Template.FunctionProperty(FunctionTests.FunctionFor(LambdaContract.ImportHandler), "LoggingConfig", "LogGroup"));

        Assert.DoesNotContain(Template.OfType("AWS::Logs::SubscriptionFilter"), f => CfnTemplate.Target(CfnTemplate.Properties(f.Resource)["LogGroupName"]) == logGroup);
    }

    [Fact]
    public void SubscriptionRole_IsCloudWatchLogs_PuttingOnlyIntoTheStream()
    {
        var roles = Template.OfType("AWS::Logs::SubscriptionFilter").Select(f => CfnTemplate.Target(CfnTemplate.Properties(f.Resource)["RoleArn"])).Distinct().ToList();
        var role = Assert.Single(roles)!;
        var trust = CfnTemplate.Properties(Template.Resource(role))["AssumeRolePolicyDocument"]?["Statement"]?[0];

        Assert.Equal("logs.amazonaws.com", CfnTemplate.Text(trust?["Principal"]?["Service"]));
        var statement = Assert.Single(PolicyCheck.StatementsOf(Template, role));
        Assert.Equal(["firehose:PutRecord", "firehose:PutRecordBatch"], statement.Actions);
        Assert.Equal(Stream.Id, PolicyCheck.ResourceNamed(Assert.Single(statement.Resources)));
    }

    [Fact]
    public void Stream_UnwrapsCloudWatchBatchesIntoOneTurnLinePerRecord_WithoutALambda()
    {
        var processing = Destination["ProcessingConfiguration"];
        var processors = (processing?["Processors"] as JsonArray ?? []).Select(p => CfnTemplate.Text(p?["Type"])).ToList();

        Assert.True(CfnTemplate.IsTrue(processing?["Enabled"]), "processing must be enabled");
        // Order matters: CloudWatchLogProcessing reads the envelope Decompression produces.
        Assert.Equal(["Decompression", "CloudWatchLogProcessing", "AppendDelimiterToRecord"], processors);
        Assert.Equal("GZIP", Parameter(processing, "Decompression", "CompressionFormat"));
        Assert.Equal("true", Parameter(processing, "CloudWatchLogProcessing", "DataMessageExtraction"));
    }

    [Fact]
    public void Stream_EncryptsWithTheDataKey_AndWritesFailuresApart()
    {
        var key = Assert.Single(Template.OfType("AWS::KMS::Key")).Id;

        Assert.Equal("CUSTOMER_MANAGED_CMK", CfnTemplate.Text(Stream.Properties["DeliveryStreamEncryptionConfigurationInput"]?["KeyType"]));
        Assert.Equal(key, CfnTemplate.Target(Stream.Properties["DeliveryStreamEncryptionConfigurationInput"]?["KeyARN"]));
        Assert.Equal(key, CfnTemplate.Target(Destination["EncryptionConfiguration"]?["KMSEncryptionConfig"]?["AWSKMSKeyARN"]));
        Assert.Contains("!{firehose:error-output-type}", CfnTemplate.Text(Destination["ErrorOutputPrefix"]), StringComparison.Ordinal);
        Assert.False(CfnTemplate.Text(Destination["ErrorOutputPrefix"])!.StartsWith(CfnTemplate.Text(Destination["Prefix"])!, StringComparison.Ordinal),
            "failed records must not land under the table's location, where Athena would read them as turns");
    }

    [Fact]
    public void TurnsTable_ProjectsTheDayPartitionsTheStreamWrites()
    {
        var prefix = CfnTemplate.Text(Destination["Prefix"]) ?? "";
        var day = TimestampExpression().Match(prefix);
        var parameters = TurnsTableInput["Parameters"]!;
        var bucket = CfnTemplate.Target(Destination["BucketARN"]);

        Assert.True(day.Success, $"the stream's prefix '{prefix}' has no !{{timestamp:…}} day");
        Assert.Equal("true", CfnTemplate.Text(parameters["projection.enabled"]));
        Assert.Equal("date", CfnTemplate.Text(parameters["projection.dt.type"]));
        Assert.Equal(day.Groups[1].Value, CfnTemplate.Text(parameters["projection.dt.format"]));
        Assert.Equal("dt", CfnTemplate.Text(Assert.Single((TurnsTableInput["PartitionKeys"] as JsonArray)!)?["Name"]));
        // The location template is the stream's prefix with the timestamp replaced by the partition value.
        var expected = $"s3://${{{bucket}}}/" + prefix.Replace(day.Value, "${!dt}", StringComparison.Ordinal);
        Assert.Equal(expected, CfnTemplate.Text(parameters["storage.location.template"]?["Fn::Sub"]));
        // The table's location is the folder holding the day folders.
        Assert.Equal($"s3://${{{bucket}}}/" + prefix[..(prefix.LastIndexOf('/', day.Index) + 1)], CfnTemplate.Text(TurnsTableInput["StorageDescriptor"]?["Location"]?["Fn::Sub"]));
    }

    [Fact]
    public void TurnsTable_HasAColumnForEveryFieldOfTheTurnLine_AndNoOther()
    {
        Assert.Empty(ColumnProblems(Template));
    }

    [Fact]
    public void ColumnCheck_WhenAFieldHasNoColumn_NamesTheField()
    {
        var template = TemplateEdits.Replace("            - { Name: cache, Type: string, Comment: \"hit or miss\" }\n", "");

        Assert.Equal(["the turn line's field Cache has no column in the Glue table: Athena would never show it"], ColumnProblems(template));
    }

    private static List<string> ColumnProblems(CfnTemplate template)
    {
        var table = (JsonObject)CfnTemplate.Properties(Assert.Single(template.OfType("AWS::Glue::Table")).Resource)["TableInput"]!;
        var columns = ((JsonArray)table["StorageDescriptor"]!["Columns"]!).Select(c => CfnTemplate.Text(c?["Name"])!).ToList();
        var fields = WrittenLine().Select(m => m.Key).Where(name => name != TurnLogFields.Aws.Value).ToList();

        return
        [
            .. fields.Where(f => !columns.Contains(f, StringComparer.OrdinalIgnoreCase))
                .Select(f => $"the turn line's field {f} has no column in the Glue table: Athena would never show it"),
            .. columns.Where(c => !fields.Contains(c, StringComparer.OrdinalIgnoreCase))
                .Select(c => $"the Glue table's column {c} is not a field of the turn line"),
            .. columns.Where(c => c.Any(char.IsUpper))
                .Select(c => $"the Glue column {c} must be lower case (Glue stores it so; the SerDe matches case-insensitively)"),
        ];
    }

    [Fact]
    public void TurnLine_WrittenForTheTest_HasEveryNameTurnLogFieldsDeclares()
    {
        // Keeps the column test honest: a new field in TurnLogFields that the line above does not write fails here.
        var line = WrittenLine();
        var written = line.Select(m => m.Key).Concat((line[TurnLogFields.Aws.Value] as JsonObject ?? []).Select(m => m.Key)).ToHashSet(StringComparer.Ordinal);
        var declared = typeof(TurnLogFields).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(JsonEncodedText) && f.Name != nameof(TurnLogFields.Turn))
            .Select(f => ((JsonEncodedText)f.GetValue(null)!).Value);

        Assert.All(declared, name => Assert.True(written.Contains(name), $"TurnLogFields declares {name}, but the test's line does not carry it; set it in WrittenLine()"));
    }

    [Fact]
    public void TurnsTable_ReadsJsonLinesCaseInsensitively()
    {
        var serde = TurnsTableInput["StorageDescriptor"]?["SerdeInfo"];

        Assert.Equal("org.openx.data.jsonserde.JsonSerDe", CfnTemplate.Text(serde?["SerializationLibrary"]));
        Assert.Equal("true", CfnTemplate.Text(serde?["Parameters"]?["case.insensitive"]));
    }

    [Fact]
    public void AnalyticsBucket_ExpiresTurnLines_AfterTheRetentionTheTableProjects()
    {
        var bucket = CfnTemplate.Target(Destination["BucketARN"])!;
        var rules = (CfnTemplate.Properties(Template.Resource(bucket))["LifecycleConfiguration"]?["Rules"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var prefix = CfnTemplate.Text(Destination["Prefix"])!;
        var errors = CfnTemplate.Text(Destination["ErrorOutputPrefix"])!;

        foreach (var written in new[] { prefix, errors })
        {
            Assert.True(rules.Any(r => written.StartsWith(CfnTemplate.Text(r["Prefix"]) ?? "\0", StringComparison.Ordinal)
                && CfnTemplate.Target(r["ExpirationInDays"]) == "AnalyticsRetentionDays"), $"objects under {written} must expire after AnalyticsRetentionDays");
        }
        Assert.Contains("${AnalyticsRetentionDays}", CfnTemplate.Text(TurnsTableInput["Parameters"]?["projection.dt.range"]?["Fn::Sub"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AnalyticsBucketName")]
    [InlineData("AnalyticsDatabaseName")]
    [InlineData("TurnsTableName")]
    public void Outputs_NameWhereTheTurnsAre(string output)
    {
        Assert.True(Template.Outputs.ContainsKey(output), $"the stack has no output {output}");
    }

    private static string? Parameter(JsonNode? processing, string type, string name) =>
        (processing?["Processors"] as JsonArray ?? []).Where(p => CfnTemplate.Text(p?["Type"]) == type)
            .SelectMany(p => p?["Parameters"] as JsonArray ?? [])
            .Where(p => CfnTemplate.Text(p?["ParameterName"]) == name)
            .Select(p => CfnTemplate.Text(p?["ParameterValue"])).SingleOrDefault();

    [GeneratedRegex("""^\{\s*\$\.(\w+)\s*=\s*"([^"]*)"\s*\}$""")]
    private static partial Regex EqualsPattern();

    [GeneratedRegex(@"!\{timestamp:([^}]+)\}")]
    private static partial Regex TimestampExpression();
}
