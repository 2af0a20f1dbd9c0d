using Elections.Bots.Import.Reports;

namespace Elections.Bots.Lambda.Feeds;

/// <summary>
/// <c>reports/NAME.json</c>: what became of an upload, in a sentence and an <see cref="Outcome"/>
/// (<see cref="ImportOutcomes"/>), with every finding (file, line, column) and, when published, the version.
/// </summary>
/// <param name="Validation">Null only when the zip could not even be downloaded.</param>
/// <param name="QuestionFindings">Problems in golden-questions.csv itself.</param>
public sealed record ImportReport(
    string Feed,
    string Outcome,
    string Message,
    DateTimeOffset CheckedAt,
    ValidationOutput? Validation,
    IReadOnlyList<ValidationOutput.Item> QuestionFindings,
    PublishedVersion? Published);
