using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Elections.Bots.DynamoDb.Errors;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Import.Reports;

namespace Elections.Bots.Lambda.Feeds;

/// <summary>
/// What <c>elections-bots publish</c> does, for one uploaded zip: download it, check it (findings, then golden
/// questions), publish and flip ACTIVE only when nothing blocks it, and describe the outcome in a report.
/// A rejected or failed upload writes nothing to the table, so voters keep hearing the previous version.
/// </summary>
public sealed class FeedImportJob(IFeedObjects objects, DatasetPublisher publisher, ImportOptions options, TimeProvider time, string workRoot)
{
    /// <summary>The largest zip downloaded: the archive can hold at most this much uncompressed anyway.</summary>
    public long MaxFeedBytes => options.Limits.MaxTotalBytes;

    public async Task<ImportReport> RunAsync(FeedUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var work = Path.Combine(workRoot, "import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var zip = Path.Combine(work, upload.FileName);
            bool complete;
            try
            {
                complete = await DownloadAsync(upload, zip, cancellationToken).ConfigureAwait(false);
            }
            catch (AmazonServiceException e)
            {
                return Report(upload, ImportOutcomes.Failed, $"The zip could not be read from the bucket ({e.ErrorCode ?? e.Message}): nothing was published.", null, [], null);
            }
            if (!complete)
            {
                return Refuse(upload, $"The zip is larger than {MaxFeedBytes:N0} bytes; nothing was published.");
            }
            var checkedBundle = await new BundleImporter(time, options).ImportAsync(zip, Path.Combine(work, "office"), cancellationToken).ConfigureAwait(false);
            var validation = ValidationOutput.From(upload.Key, checkedBundle.Import, checkedBundle.Golden);
            var questionFindings = checkedBundle.QuestionFindings.Select(ValidationOutput.Item.From).ToList();
            if (!checkedBundle.Publishable || checkedBundle.Import.Dataset is not { } dataset)
            {
                return Report(upload, ImportOutcomes.Rejected, RejectionMessage(checkedBundle), validation, questionFindings, null);
            }
            return await PublishAsync(upload, dataset, validation, questionFindings, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The report for an upload refused before it was read (too large).</summary>
    public ImportReport Refuse(FeedUpload upload, string message) => Report(upload, ImportOutcomes.Rejected, message, null, [], null);

    private async Task<ImportReport> PublishAsync(
        FeedUpload upload, LoadedDataset dataset, ValidationOutput validation, List<ValidationOutput.Item> questionFindings, CancellationToken cancellationToken)
    {
        PublishResult published;
        try
        {
            published = await publisher.PublishAsync(dataset.Facts, dataset.Segments, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FactTableException or AmazonDynamoDBException)
        {
            // The flip is the last step and conditional: whatever failed before it left voters on the previous version.
            return Report(upload, ImportOutcomes.Failed, $"The feed is valid but publishing failed: {e.Message} Voters still hear the previous version; upload the zip again.",
                validation, questionFindings, null);
        }
        var version = new PublishedVersion(published.Version, published.PreviousVersion, published.Counts, published.ItemsWritten,
            Math.Round(published.Elapsed.TotalSeconds, 1), published.Warnings);
        return published.AlreadyActive
            ? Report(upload, ImportOutcomes.AlreadyActive, $"Version {published.Version} is already live: nothing was written or changed.", validation, questionFindings, version)
            : Report(upload, ImportOutcomes.Published,
                $"Published {published.Version} (was {published.PreviousVersion ?? "nothing"}); voters hear it now.", validation, questionFindings, version);
    }

    private async Task<bool> DownloadAsync(FeedUpload upload, string path, CancellationToken cancellationToken)
    {
        var source = await objects.OpenFeedAsync(upload.Bucket, upload.Key, cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, useAsync: true);
            await using (target.ConfigureAwait(false))
            {
                var buffer = new byte[81_920];
                long total = 0;
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    // The event's size is only a claim; the bytes that arrive are what count.
                    total += read;
                    if (total > MaxFeedBytes) return false;
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        return true;
    }

    private static string RejectionMessage(BundleImport result)
    {
        var report = result.Import.Report;
        if (report.HasErrors) return $"{report.ErrorCount} error{(report.ErrorCount == 1 ? "" : "s")} in the files: nothing was published. Fix them and upload the zip again.";
        if (result.QuestionFindings.Any(f => f.IsError)) return "golden-questions.csv has errors: nothing was published. Fix it and upload the zip again.";
        var wrong = result.Golden?.Count(g => !g.Passed) ?? 0;
        return $"{wrong} golden question{(wrong == 1 ? " was" : "s were")} answered wrong: nothing was published. Fix the FAQ (or the questions) and upload the zip again.";
    }

    private ImportReport Report(FeedUpload upload, string outcome, string message, ValidationOutput? validation,
        IReadOnlyList<ValidationOutput.Item> questionFindings, PublishedVersion? published) =>
        new(upload.Key, outcome, message, time.GetUtcNow(), validation, questionFindings, published);
}
