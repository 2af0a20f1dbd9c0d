using System.Text;
using Elections.Bots.Lambda.Handlers;
using Elections.Bots.Lambda.Logging;
using Elections.Bots.Lambda.Runtime;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>The invocation loop running in this process against a loopback Runtime API, stopped on dispose.</summary>
internal sealed class LoopRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly MemoryStream _logBytes = new();
    private readonly HttpClient _http = RuntimeApiClient.CreateHttpClient();
    private readonly InvocationLog _log;
    private readonly InvocationLoop _loop;

    private LoopRun(string runtimeApi, IInvocationHandler handler, FakeEnvironment environment, LoopOptions? options)
    {
        Environment = environment;
        _log = new InvocationLog(Stream.Synchronized(_logBytes));
        _loop = new InvocationLoop(new RuntimeApiClient(_http, runtimeApi, TimeProvider.System), handler, "test", environment, _log, TimeProvider.System, options);
        Exit = Task.Run(() => _loop.RunAsync(_stop.Token));
    }

    public FakeEnvironment Environment { get; }

    public Task<int> Exit { get; }

    public string Log
    {
        get
        {
            lock (_logBytes) return Encoding.UTF8.GetString(_logBytes.ToArray());
        }
    }

    public static LoopRun Start(LoopbackRuntimeApi api, IInvocationHandler handler, LoopOptions? options = null) =>
        Start(api.Address, handler, options);

    public static LoopRun Start(string runtimeApi, IInvocationHandler handler, LoopOptions? options = null) =>
        new(runtimeApi, handler, new FakeEnvironment(), options);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Exit.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            _loop.Dispose();
            _log.Dispose();
            _http.Dispose();
            _stop.Dispose();
        }
    }
}
