using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Golden;

/// <summary>
/// The golden-question gate as every publisher runs it (the CLI and the import function): the questions read
/// from <c>golden-questions.csv</c>, asked through the voters' engine at the same "now" the checks used.
/// </summary>
public static class GoldenCheck
{
    /// <summary>Said by the engine when a dataset names no office phone; the gate only compares which answer came.</summary>
    private const string NoPhone = "the elections office";

    /// <param name="findings">Receives problems in the questions file itself.</param>
    public static Task<ImmutableArray<GoldenResult>> RunAsync(
        string path, LoadedDataset dataset, TimeZoneInfo zone, TimeProvider time, FindingCollector findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var questions = GoldenQuestionReader.Read(path, findings);
        var gate = new GoldenGate(new EngineOptions(zone, dataset.Facts.Office.Phone ?? NoPhone), time);
        return gate.RunAsync(dataset, questions, cancellationToken);
    }
}
