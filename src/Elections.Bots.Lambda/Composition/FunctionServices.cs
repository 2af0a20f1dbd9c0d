using Elections.Bots.Core.Observability;
using Elections.Bots.Core.Ports;
using Elections.Bots.Lambda.Configuration;

namespace Elections.Bots.Lambda.Composition;

/// <summary>
/// What the handlers are made of, built on first use so each function pays only for what it needs (the import
/// function needs no dialog engine, the voter functions no publisher).
/// </summary>
/// <param name="turnLog">Where the turn lines go (the function's stdout); null writes them nowhere.</param>
public sealed class FunctionServices(FunctionSettings settings, TimeProvider time, Func<FunctionSettings, IFactStore> storeFactory, Stream? turnLog = null)
{
    private IFactStore? _store;
    private DialogEngine? _engine;
    private HttpClient? _outbound;
    private TurnObservation? _observation;
    private ObservedEngine? _observedEngine;
    private EngineOptions? _engineOptions;

    public FunctionSettings Settings { get; } = settings;

    public TimeProvider Time { get; } = time;

    /// <exception cref="InvalidOperationException">No office phone: the settings reader requires one for every voter function.</exception>
    public EngineOptions EngineOptions => _engineOptions ??= new(Settings.TimeZone,
        Settings.OfficePhone ?? throw new InvalidOperationException("The voter functions need OFFICE_PHONE."));

    public IFactStore Store => _store ??= storeFactory(Settings);

    public DialogEngine Engine => _engine ??= new DialogEngine(Store, EngineOptions, Time);

    /// <summary>The turn log, its metrics and the unanswered questions of the voter functions.</summary>
    public TurnObservation Observation => _observation ??= new TurnObservation(turnLog ?? Stream.Null, Settings, Store, Time);

    /// <summary>The engine as the Lex and Alexa functions call it: every turn observed, once.</summary>
    public ObservedEngine ObservedEngine => _observedEngine ??= new ObservedEngine(Engine, Observation.Telemetry);

    /// <summary>One client for calls out of the function (the Alexa Device Address API), reused across invocations.</summary>
    public HttpClient Outbound => _outbound ??= new HttpClient(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(1),
        AllowAutoRedirect = false,
        UseCookies = false,
    });
}
