using System.Text;
using Elections.Bots.Lambda.Composition;
using Elections.Bots.Lambda.Handlers;
using Elections.Bots.Lambda.Logging;
using Elections.Bots.Lambda.Runtime;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>
/// The function running in this process against a loopback Runtime API, with its log captured: either the
/// whole composition root (<see cref="Host"/>), or the loop around a handler a test writes (<see cref="Loop"/>).
/// Stopped on dispose.
/// </summary>
internal sealed class FunctionRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly MemoryStream _logBytes = new();
    private readonly HttpClient _http = RuntimeApiClient.CreateHttpClient();
    private readonly InvocationLog _log;
    private InvocationLoop? _loop;

    private FunctionRun(FakeEnvironment environment)
    {
        Environment = environment;
        _log = new InvocationLog(Stream.Synchronized(_logBytes));
    }

    public FakeEnvironment Environment { get; }

    public Task<int> Exit { get; private set; } = Task.FromResult(0);

    public string Log
    {
        get
        {
            lock (_logBytes) return Encoding.UTF8.GetString(_logBytes.ToArray());
        }
    }

    public static FunctionRun Host(FakeEnvironment environment)
    {
        var run = new FunctionRun(environment);
        run.Exit = Task.Run(() => LambdaHost.RunAsync(environment, run._http, run._log, TimeProvider.System, run._stop.Token));
        return run;
    }

    public static FunctionRun Loop(LoopbackRuntimeApi api, IInvocationHandler handler, LoopOptions? options = null) =>
        Loop(api.Address, handler, options);

    public static FunctionRun Loop(string runtimeApi, IInvocationHandler handler, LoopOptions? options = null)
    {
        var run = new FunctionRun(new FakeEnvironment());
        var client = new RuntimeApiClient(run._http, runtimeApi, TimeProvider.System);
        var loop = run._loop = new InvocationLoop(client, handler, "test", run.Environment, run._log, TimeProvider.System, options);
        run.Exit = Task.Run(() => loop.RunAsync(run._stop.Token));
        return run;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Exit.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            _loop?.Dispose();
            _log.Dispose();
            _http.Dispose();
            _stop.Dispose();
        }
    }
}
