using System.Globalization;
using Elections.Bots.DynamoDb.Publishing;

namespace Elections.Bots.Cli.Publish;

/// <summary>What a publish or rollback did, as a small table: counts per kind, version, duration.</summary>
internal static class PublishSummary
{
    /// <param name="headline">What happened, e.g. "Published local-… to 'facts'"; the previous version is added.</param>
    public static async Task WriteAsync(TextWriter output, string table, PublishResult result, string headline)
    {
        if (result.AlreadyActive)
        {
            await output.WriteLineAsync($"Version {result.Version} is already active in '{table}': nothing was written or changed.");
            return;
        }
        await output.WriteLineAsync($"{headline} (was {result.PreviousVersion ?? "nothing"}); voters hear it now.");
        await WriteCountsAsync(output, result.Counts);
        if (result.ItemsWritten > 0)
        {
            await WriteRowAsync(output, "items written", result.ItemsWritten);
            await WriteRowAsync(output, "write requests", result.WriteRequests);
            await WriteRowAsync(output, "retries", result.Retries);
        }
        await output.WriteLineAsync($"  {"duration",-20} {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),12} s");
        if (!result.PrunedVersions.IsEmpty) await output.WriteLineAsync($"  old versions deleted: {string.Join(", ", result.PrunedVersions)}");
        foreach (var warning in result.Warnings) await output.WriteLineAsync($"  warning: {warning}");
    }

    public static async Task WriteCountsAsync(TextWriter output, IEnumerable<KeyValuePair<string, long>> counts)
    {
        await output.WriteLineAsync($"  {"kind",-20} {"records",12}");
        foreach (var (kind, count) in counts) await WriteRowAsync(output, kind, count);
    }

    private static Task WriteRowAsync(TextWriter output, string label, long value) =>
        output.WriteLineAsync($"  {label,-20} {value.ToString("N0", CultureInfo.InvariantCulture),12}");
}
