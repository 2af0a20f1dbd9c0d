using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;
using Elections.Bots.Import.Dataset;

namespace Elections.Bots.Cli.Common;

/// <summary>The engine on a dataset folder or a DynamoDB table, as every answering command builds it.</summary>
internal sealed class BotSession : IDisposable
{
    private readonly IDisposable? _resources;

    private BotSession(DialogEngine engine, EngineOptions options, IFactStore store, ElectionFacts facts, AnswerSettings settings, TimeProvider clock, IDisposable? resources)
    {
        Engine = engine;
        Clock = clock;
        Options = options;
        Store = store;
        Facts = facts;
        Settings = settings;
        _resources = resources;
    }

    public DialogEngine Engine { get; }
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
    public static async Task<BotSession> OpenAsync(AnswerSettings settings, CancellationToken cancellationToken)
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
        return Create(store, facts, settings, resources);
    }

    /// <summary>The engine on a dataset already built and not published (for <c>preview</c>).</summary>
    public static BotSession ForDataset(AnswerSettings settings, LoadedDataset dataset) =>
        Create(dataset.CreateStore(), dataset.Facts, settings, null);

    private static BotSession Create(IFactStore store, ElectionFacts facts, AnswerSettings settings, IDisposable? resources)
    {
        TimeProvider clock = settings.Now is { } now ? new FixedClock(now) : TimeProvider.System;
        var options = new EngineOptions(settings.TimeZone, facts.Office.Phone ?? "your county elections office");
        var engine = new DialogEngine(store, options, clock);
        return new BotSession(engine, options, store, facts, settings, clock, resources);
    }

    public ValueTask<DialogReply> AskAsync(string text, SessionState session, CancellationToken cancellationToken) =>
        Engine.HandleAsync(DialogTurn.FromText(text, Settings.Channel, Settings.Locale, session), cancellationToken);

    public void Dispose() => _resources?.Dispose();
}
