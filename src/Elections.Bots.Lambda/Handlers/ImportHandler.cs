using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Table;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Lambda.Composition;
using Elections.Bots.Lambda.Feeds;
using Elections.Bots.Lambda.Runtime;

namespace Elections.Bots.Lambda.Handlers;

/// <summary>
/// The import function: each <c>feeds/NAME.zip</c> upload is checked and, when nothing blocks it, published; its
/// report goes to <c>reports/NAME.json</c>. A rejected feed is the office's to fix, not a function error; an event
/// that is not a feed upload, or a publish that failed, is (the errors alarm watches for those).
/// </summary>
public sealed class ImportHandler(FeedImportJob job, IFeedObjects objects) : IInvocationHandler
{
    public const string NotAFeedUpload = "Import.NotAFeedUpload";
    public const string PublishFailed = "Import.PublishFailed";
    public const string ReportNotWritten = "Import.ReportNotWritten";

    public static ImportHandler Create(FunctionServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.Settings;
        // The settings reader requires TABLE_NAME for this function; Lambda's role supplies the credentials.
        var dynamo = new AmazonDynamoDBClient(FactTableClientConfig.ForAdministration(settings.Region, settings.DynamoDbEndpoint));
        var publisher = new DatasetPublisher(dynamo, new PublisherOptions { TableName = settings.TableName! }, services.Time);
        var objects = S3FeedObjects.Create(settings.Region);
        var job = new FeedImportJob(objects, publisher, new ImportOptions(settings.TimeZone), services.Time, Path.GetTempPath());
        return new ImportHandler(job, objects);
    }

    public async ValueTask<HandlerResult> HandleAsync(ReadOnlyMemory<byte> utf8Event, CancellationToken cancellationToken)
    {
        var parsed = S3EventParser.Parse(utf8Event, job.MaxFeedBytes);
        var reports = new List<(FeedUpload Upload, ImportReport Report)>();
        if (parsed.Problem is { } problem)
        {
            if (parsed.RefusedFeed is not { } tooLarge) return Error(NotAFeedUpload, problem);
            reports.Add((tooLarge, job.Refuse(tooLarge, problem + " Nothing was published.")));
        }
        foreach (var upload in parsed.Uploads)
        {
            reports.Add((upload, await job.RunAsync(upload, cancellationToken).ConfigureAwait(false)));
        }

        foreach (var (upload, report) in reports)
        {
            try
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(report, FeedJsonContext.Readable.ImportReport);
                await objects.WriteReportAsync(upload.Bucket, upload.ReportKey, json, cancellationToken).ConfigureAwait(false);
            }
            catch (AmazonServiceException e)
            {
                return Error(ReportNotWritten, $"{upload.Key} ended '{report.Outcome}' but {upload.ReportKey} could not be written ({e.ErrorCode ?? e.Message}): {report.Message}");
            }
        }

        if (reports.FirstOrDefault(r => r.Report.Outcome == ImportOutcomes.Failed) is { Report: { } failed })
        {
            return Error(PublishFailed, $"{failed.Feed}: {failed.Message}");
        }
        var summary = new ImportSummary([.. reports.Select(r => new ImportSummary.Upload(r.Upload.Key, r.Report.Outcome, r.Upload.ReportKey, r.Report.Published?.Version))]);
        return new HandlerResult(JsonSerializer.SerializeToUtf8Bytes(summary, FeedJsonContext.Default.ImportSummary));
    }

    private static HandlerResult Error(string type, string message) => new(new ErrorReport(type, message).ToUtf8Json(), type);
}
