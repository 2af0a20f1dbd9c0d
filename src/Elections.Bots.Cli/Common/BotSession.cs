using Elections.Bots.Core.Dialog;
using Elections.Bots.Import.Dataset;

namespace Elections.Bots.Cli.Common;

/// <summary>The engine on the local dataset, as every answering command builds it.</summary>
internal sealed class BotSession
{
    private BotSession(DialogEngine engine, LoadedDataset dataset, AnswerSettings settings)
    {
        Engine = engine;
        Dataset = dataset;
        Settings = settings;
    }

    public DialogEngine Engine { get; }
    public LoadedDataset Dataset { get; }
    public AnswerSettings Settings { get; }

    /// <summary>Loads the dataset; a bad folder throws <see cref="Import.DatasetLoadException"/> with file and line.</summary>
    public static BotSession Open(AnswerSettings settings, string fallbackPhone = "your county elections office")
    {
        var dataset = DatasetFolderLoader.Load(settings.DataDirectory);
        TimeProvider clock = settings.Now is { } now ? new FixedClock(now) : TimeProvider.System;
        var options = new EngineOptions(settings.TimeZone, dataset.Facts.Office.Phone ?? fallbackPhone);
        var engine = new DialogEngine(dataset.CreateStore(), options, clock);
        return new BotSession(engine, dataset, settings);
    }

    public ValueTask<DialogReply> AskAsync(string text, SessionState session, CancellationToken cancellationToken) =>
        Engine.HandleAsync(DialogTurn.FromText(text, Settings.Channel, Settings.Locale, session), cancellationToken);
}
