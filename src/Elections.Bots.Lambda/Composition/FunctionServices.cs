using Elections.Bots.Core.Ports;
using Elections.Bots.Lambda.Configuration;

namespace Elections.Bots.Lambda.Composition;

/// <summary>
/// What the handlers are made of, built on first use so each function pays only for what it needs (the import
/// function needs no dialog engine, the voter functions no publisher).
/// </summary>
public sealed class FunctionServices(FunctionSettings settings, TimeProvider time, Func<FunctionSettings, IFactStore> storeFactory)
{
    private IFactStore? _store;
    private DialogEngine? _engine;
    private HttpClient? _outbound;
    private EngineOptions? _engineOptions;

    public FunctionSettings Settings { get; } = settings;

    public TimeProvider Time { get; } = time;

    /// <exception cref="InvalidOperationException">No office phone: the settings reader requires one for every voter function.</exception>
    public EngineOptions EngineOptions => _engineOptions ??= new(Settings.TimeZone,
        Settings.OfficePhone ?? throw new InvalidOperationException("The voter functions need OFFICE_PHONE."));

    public IFactStore Store => _store ??= storeFactory(Settings);

    public DialogEngine Engine => _engine ??= new DialogEngine(Store, EngineOptions, Time);

    /// <summary>One client for calls out of the function (the Alexa Device Address API), reused across invocations.</summary>
    public HttpClient Outbound => _outbound ??= new HttpClient(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(1),
        AllowAutoRedirect = false,
        UseCookies = false,
    });
}
