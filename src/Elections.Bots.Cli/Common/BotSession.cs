using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Observability;
using Elections.Bots.Core.Ports;
using Elections.Bots.Import.Dataset;

namespace Elections.Bots.Cli.Common;

/// <summary>
/// The engine on a dataset folder or a DynamoDB table, as every answering command builds it. Commands that talk
/// with voters' words (<c>chat</c>, <c>serve</c>) pass <see cref="LocalQuestions"/> and answer through
/// <see cref="AnswerAsync"/>, which records what the FAQ could not answer, redacted, as the Lambda does.
/// </summary>
internal sealed class BotSession : IDisposable
{
    private readonly IDisposable? _resources;
    private readonly TurnLogWriter? _log;
    private readonly TurnTelemetry? _telemetry;
    private readonly ObservedEngine? _observed;

    private BotSession(DialogEngine engine, EngineOptions options, IFactStore store, ElectionFacts facts, AnswerSettings settings, TimeProvider clock, IDisposable? resources, LocalQuestions? questions)
    {
        Engine = engine;
        Clock = clock;
        Options = options;
        Store = store;
        Facts = facts;
        Settings = settings;
        Questions = questions;
        _resources = resources;
        if (questions is not null)
        {
            // No turn lines locally (they are for CloudWatch); the telemetry is here for the questions it redacts.
            _log = new TurnLogWriter(Stream.Null);
            _telemetry = new TurnTelemetry(_log, clock, new TurnTelemetryOptions { Questions = questions, TimeZone = settings.TimeZone });
            _observed = new ObservedEngine(engine, _telemetry);
        }
    }

    /// <summary>The bare engine: answers without recording anything (eval, ask, invoke).</summary>
    public DialogEngine Engine { get; }

    /// <summary>Where this session records unanswered questions; null when it records none.</summary>
    public LocalQuestions? Questions { get; }
    public EngineOptions Options { get; }
    public IFactStore Store { get; }

    /// <summary>The engine's clock: the real one, or <c>--now</c>'s.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The facts as they were when the session opened (for headers and summaries).</summary>
    public ElectionFacts Facts { get; }

    public AnswerSettings Settings { get; }

    /// <summary>
    /// Loads the dataset folder (a bad folder throws <see cref="Import.DatasetLoadException"/> with file and line) or
    /// connects to the table (a missing table or an empty one throws <see cref="DynamoDb.Errors.FactTableException"/>).
    /// </summary>
    /// <param name="questions">Records the questions the FAQ could not answer; null records none.</param>
    public static async Task<BotSession> OpenAsync(AnswerSettings settings, CancellationToken cancellationToken, LocalQuestions? questions = null)
    {
        IFactStore store;
        IDisposable? resources = null;
        if (settings.Table is { } table)
        {
            var connection = await TableConnection.OpenForVotersAsync(table, cancellationToken);
            store = connection.Store;
            resources = connection;
        }
        else
        {
            store = DatasetFolderLoader.Load(settings.DataDirectory).CreateStore();
        }

        var facts = await store.GetFactsAsync(cancellationToken)
            ?? throw new DynamoDb.Errors.FactTableException(DynamoDb.Errors.FactTableProblem.NothingPublished,
                $"Table '{settings.Table?.Name}' has no published dataset yet; publish one first.");
        return Create(store, facts, settings, resources, questions);
    }

    /// <summary>The engine on a dataset already built and not published (for <c>preview</c>).</summary>
    public static BotSession ForDataset(AnswerSettings settings, LoadedDataset dataset) =>
        Create(dataset.CreateStore(), dataset.Facts, settings, null, null);

    private static BotSession Create(IFactStore store, ElectionFacts facts, AnswerSettings settings, IDisposable? resources, LocalQuestions? questions)
    {
        TimeProvider clock = settings.Now is { } now ? new FixedClock(now) : TimeProvider.System;
        var options = new EngineOptions(settings.TimeZone, facts.Office.Phone ?? "your county elections office");
        var engine = new DialogEngine(store, options, clock);
        return new BotSession(engine, options, store, facts, settings, clock, resources, questions);
    }

    /// <summary>One turn through the engine, recorded when this session records questions.</summary>
    public ValueTask<DialogReply> AnswerAsync(DialogTurn turn, CancellationToken cancellationToken) =>
        _observed is not null ? _observed.HandleAsync(turn, cancellationToken) : Engine.HandleAsync(turn, cancellationToken);

    /// <summary>The same, on another clock (the playground's per-request "now").</summary>
    public Func<DialogTurn, CancellationToken, ValueTask<DialogReply>> AnswererAt(TimeProvider clock)
    {
        if (ReferenceEquals(clock, Clock)) return AnswerAsync;
        var engine = new DialogEngine(Store, Options, clock);
        return _telemetry is not null ? new ObservedEngine(engine, _telemetry).HandleAsync : engine.HandleAsync;
    }

    public ValueTask<DialogReply> AskAsync(string text, SessionState session, CancellationToken cancellationToken) =>
        AnswerAsync(DialogTurn.FromText(text, Settings.Channel, Settings.Locale, session), cancellationToken);

    /// <summary>Waits until the recorded questions are in their file (the end of a chat, a stopping server).</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken) => Questions?.FlushAsync(cancellationToken) ?? ValueTask.CompletedTask;

    public void Dispose()
    {
        _resources?.Dispose();
        Questions?.Dispose();
        _log?.Dispose();
    }
}
