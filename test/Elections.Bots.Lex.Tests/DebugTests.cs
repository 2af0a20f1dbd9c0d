namespace Elections.Bots.Lex.Tests;
public sealed class DebugTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task Dump()
    {
        var h = new Support.LexHarness();
        foreach (var name in Support.EventFixtures.Names)
        {
            var r = await h.InvokeFixtureAsync(name);
            output.WriteLine(name + " => " + System.Text.Encoding.UTF8.GetString(r.Body));
            output.WriteLine("   trace: " + r.Reply?.Trace);
        }
    }
}
