using System.Text;
using Elections.Bots.Lambda.Composition;
using Elections.Bots.Lambda.Logging;
using Elections.Bots.Lambda.Runtime;

namespace Elections.Bots.Lambda.Tests.Support;

/// <summary>The whole function (composition root and loop) running in this process, as <c>bootstrap</c> would.</summary>
internal sealed class HostRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly MemoryStream _logBytes = new();
    private readonly HttpClient _http = RuntimeApiClient.CreateHttpClient();
    private readonly InvocationLog _log;

    public HostRun(FakeEnvironment environment)
    {
        _log = new InvocationLog(Stream.Synchronized(_logBytes));
        Exit = Task.Run(() => LambdaHost.RunAsync(environment, _http, _log, TimeProvider.System, _stop.Token));
    }

    public Task<int> Exit { get; }

    public string Log
    {
        get
        {
            lock (_logBytes) return Encoding.UTF8.GetString(_logBytes.ToArray());
        }
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
            _log.Dispose();
            _http.Dispose();
            _stop.Dispose();
        }
    }
}
