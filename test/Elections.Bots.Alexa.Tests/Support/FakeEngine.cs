using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Tests.Support;

/// <summary>Stands in for the dialog engine: records each turn and answers with the reply a test chose.</summary>
internal sealed class FakeEngine(Func<DialogTurn, DialogReply> answer)
{
    public List<DialogTurn> Turns { get; } = [];

    public DialogTurn LastTurn => Turns[^1];

    public ValueTask<DialogReply> HandleAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        Turns.Add(turn);
        return ValueTask.FromResult(answer(turn));
    }
}
