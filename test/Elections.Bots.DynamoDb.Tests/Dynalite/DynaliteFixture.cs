namespace Elections.Bots.DynamoDb.Tests.Dynalite;

/// <summary>One dynalite for the whole collection; each test makes its own table, so tests never see each other's data.</summary>
public sealed class DynaliteFixture : IAsyncLifetime
{
    private DynaliteServer? _server;

    public DynaliteServer Server => _server ?? throw new InvalidOperationException("dynalite has not started.");

    public async Task InitializeAsync() => _server = await DynaliteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
