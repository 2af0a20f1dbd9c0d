using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Publish;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;
using Elections.Bots.Core.Privacy;
using Elections.Bots.Core.Unanswered;
using Elections.Bots.DynamoDb.Store;
using Elections.Bots.DynamoDb.Unanswered;
using Elections.Bots.Import.Dataset;

namespace Elections.Bots.Cli.Report;

/// <summary>Reads the questions and the active FAQ, groups the questions and writes the report.</summary>
internal static class UnansweredReport
{
    public static async Task<int> RunAsync(UnansweredSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var from = settings.Today.AddDays(1 - settings.Days);
        IReadOnlyList<UnansweredQuestion> questions;
        ElectionFacts facts;
        if (settings.Table is { } table)
        {
            using var admin = AdminTable.Open(table);
            try
            {
                questions = await new DynamoUnansweredQuestionStore(admin.Client, settings.QuestionsTable!, TimeProvider.System)
                    .ReadAsync(from, settings.Today, cancellationToken);
            }
            catch (Amazon.DynamoDBv2.Model.ResourceNotFoundException)
            {
                throw new UsageException($"the questions table '{settings.QuestionsTable}' does not exist; give --questions-table " +
                    "with the stack's UnansweredTableName output.");
            }
            using var store = new DynamoFactStore(admin.Client, new DynamoFactStoreOptions { TableName = table.Name }, TimeProvider.System);
            facts = await store.GetFactsAsync(cancellationToken)
                ?? throw new DynamoDb.Errors.FactTableException(DynamoDb.Errors.FactTableProblem.NothingPublished,
                    $"Table '{table.Name}' has no published dataset to compare the questions with; publish one first.");
        }
        else
        {
            using var file = new JsonLinesQuestionStore(settings.File!);
            questions = await file.ReadAsync(from, settings.Today, cancellationToken);
            facts = DatasetFolderLoader.Load(settings.DataDirectory).Facts;
        }

        var rows = Rows(questions, facts, settings.Today);
        if (settings.Csv)
        {
            await UnansweredReportWriter.WriteCsvAsync(rows, output);
        }
        else
        {
            await UnansweredReportWriter.WriteTableAsync(rows, questions.Count, from, settings, output);
        }
        return ExitCodes.Success;
    }

    public static IReadOnlyList<UnansweredRow> Rows(IReadOnlyList<UnansweredQuestion> questions, ElectionFacts facts, DateOnly today) =>
        [.. QuestionGrouper.Group(questions, facts.Faq).Select((group, index) =>
            new UnansweredRow(index + 1, group, facts.FaqIndex.Search(Placeholders.Remove(group.Example), group.Locale, today).Top))];
}
