using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Dataset;
using Elections.Bots.Tests;

namespace Elections.Bots.Lex.Tests.Support;

/// <summary>The function on the real engine and the Millbrook sample, on Monday 2027-02-15 at 10:00 in Millbrook (15:00 UTC).</summary>
internal sealed class LexHarness
{
    public const string LocalNow = "2027-02-15T10:00";
    public const string FallbackPhone = "555-0100";

    public LexHarness(string localNow = LocalNow, LoadedDataset? dataset = null)
    {
        Bot = new MillbrookBot(localNow, dataset);
        Function = new LexFunction(Bot.Engine, new EngineOptions(MillbrookBot.Zone, FallbackPhone));
    }

    public MillbrookBot Bot { get; }

    public LexFunction Function { get; }

    public async Task<LexInvocationResult> InvokeAsync(byte[] utf8Event)
    {
        using var input = new MemoryStream(utf8Event);
        return await Function.InvokeAsync(input, CancellationToken.None);
    }

    public Task<LexInvocationResult> InvokeFixtureAsync(string name) => InvokeAsync(EventFixtures.Bytes(name));

    /// <summary>What each fixture's channel promises, from the name's prefix.</summary>
    public static LexResponseValidator.Expect ChannelOf(string fixture) => fixture switch
    {
        _ when fixture.StartsWith("sms-", StringComparison.Ordinal) => LexResponseValidator.Expect.Sms,
        _ when fixture.StartsWith("connect-chat-", StringComparison.Ordinal) => LexResponseValidator.Expect.Chat,
        _ when fixture.StartsWith("connect-", StringComparison.Ordinal) => LexResponseValidator.Expect.Voice,
        _ => LexResponseValidator.Expect.Web,
    };
}
