namespace Elections.Bots.Alexa.Tests.Support;

/// <summary>What <see cref="LoopbackAddressServer"/> answers: a status and body, or nothing at all (<see cref="Hangs"/>).</summary>
internal sealed record ServerAnswer(int Status, string? Body = null, bool Hang = false)
{
    public static readonly ServerAnswer Hangs = new(0, Hang: true);
}
