using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Dataset;

namespace Elections.Bots.Import.Golden;

/// <summary>
/// Asks every golden question of a dataset that is not yet published, through the same engine voters reach. Any
/// wrong answer blocks the publish: the office sees what was expected and what the bot would have said.
/// </summary>
public sealed class GoldenGate(EngineOptions options, TimeProvider time, ITextInterpreter? interpreter = null)
{
    private const int SaidLength = 160;

    public async Task<ImmutableArray<GoldenResult>> RunAsync(
        LoadedDataset dataset, IEnumerable<GoldenQuestion> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var engine = new DialogEngine(dataset.CreateStore(), options, time, interpreter);
        var results = ImmutableArray.CreateBuilder<GoldenResult>();
        foreach (var question in questions)
        {
            var reply = await engine.HandleAsync(DialogTurn.FromText(question.Question, Channel.Web, question.Locale), cancellationToken);
            var passed = reply.Trace.FaqId == question.ExpectedFaqId ||
                         (reply.Trace.FaqId is null && question.AcceptedIntents.Contains(reply.Intent));
            var text = string.Join(' ', reply.Text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var said = text.Length <= SaidLength ? text : text[..SaidLength].TrimEnd() + "…";
            results.Add(new GoldenResult(question, passed, reply.Trace.FaqId ?? reply.Intent, said));
        }
        return results.ToImmutable();
    }
}
