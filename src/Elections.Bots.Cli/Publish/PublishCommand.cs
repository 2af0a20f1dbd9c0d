using System.CommandLine;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Validate;
using Elections.Bots.DynamoDb.Publishing;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.Cli.Publish;

/// <summary>
/// <c>publish FEED --faq FILE [--golden FILE] --table NAME [--dry-run]</c>: validate, build the dataset, ask the
/// golden questions, write the version, flip ACTIVE. Any error or wrong golden answer stops it before anything
/// is written, so voters never hear a half-checked dataset.
/// </summary>
internal static class PublishCommand
{
    public static Command Create(AnswerOptions clock)
    {
        var files = new FeedOptions(clock, faqRequired: true);
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything and show what would be written; write nothing." };
        var createTable = new Option<bool>("--create-table") { Description = "Create the table if it does not exist (local development)." };
        var table = new TableOptions();
        var command = new Command("publish", "Validate, check golden questions, and publish a new dataset version.");
        files.AddTo(command);
        command.Options.Add(dryRun);
        command.Options.Add(createTable);
        table.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(files.Read(result),
            new PublishOptions(table.Read(result), result.GetValue(dryRun), result.GetValue(createTable)), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ValidateRequest request, PublishOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var imported = FeedImport.Run(request.Feed, request.Faq, request.Notices, request.TimeZone, request.Now);
        await ReportWriter.WriteAsync(output, imported);
        if (imported.Dataset is not { } dataset)
        {
            await output.WriteLineAsync("Nothing was published.");
            return ExitCodes.Failure;
        }
        if (request.Golden is { } path)
        {
            var golden = await GoldenCheck.RunAsync(path, dataset, request.TimeZone, request.Now, cancellationToken);
            await GoldenCheck.WriteAsync(output, golden);
            if (!golden.Passed)
            {
                await output.WriteLineAsync("Nothing was published: fix the FAQ (or the golden questions) until every question is asked and answered right.");
                return ExitCodes.Failure;
            }
        }

        var items = VersionItems.Create(dataset.Facts, dataset.Segments);
        if (options.DryRun)
        {
            await output.WriteLineAsync($"Dry run: version {items.Version} would be written to '{options.Table.Name}' as {items.ItemCount:N0} items.");
            await PublishSummary.WriteCountsAsync(output, items.Counts);
            return ExitCodes.Success;
        }

        using var table = AdminTable.Open(options.Table);
        if (options.CreateTable) await new FactTable(table.Client, table.Name, TimeProvider.System).EnsureAsync(cancellationToken);
        await error.WriteLineAsync($"Writing version {items.Version} ({items.ItemCount:N0} items) to '{table.Name}'…");
        PublishResult published;
        using (new WriteProgress(table.Client, error, items.ItemCount, draw: !Console.IsErrorRedirected))
        {
            published = await table.Publisher(TimeProvider.System).PublishAsync(dataset.Facts, dataset.Segments, cancellationToken);
        }
        await PublishSummary.WriteAsync(output, table.Name, published, $"Published {published.Version} to '{table.Name}'");
        return ExitCodes.Success;
    }
}
