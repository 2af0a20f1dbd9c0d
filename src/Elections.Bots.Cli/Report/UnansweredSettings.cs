using Elections.Bots.Cli.Common;

namespace Elections.Bots.Cli.Report;

/// <param name="Table">The facts table (for the closest FAQ entry); null when reading <paramref name="File"/>.</param>
/// <param name="QuestionsTable">The unanswered-questions table beside <paramref name="Table"/>.</param>
/// <param name="File">A JSON-lines file of questions written by a local run.</param>
/// <param name="DataDirectory">The dataset folder whose FAQ the questions are compared with, in file mode.</param>
internal sealed record UnansweredSettings(
    int Days,
    int Top,
    bool Csv,
    TableSettings? Table,
    string? QuestionsTable,
    string? File,
    string DataDirectory,
    DateOnly Today);
