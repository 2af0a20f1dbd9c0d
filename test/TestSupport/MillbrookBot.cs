using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Ports;
using Elections.Bots.Import.Dataset;
using Microsoft.Extensions.Time.Testing;

namespace Elections.Bots.Tests;

/// <summary>
/// The engine on the bundled Millbrook dataset at a chosen local time (America/New_York, the sample's -05:00),
/// holding one conversation's session between turns the way a channel does.
/// </summary>
internal sealed class MillbrookBot
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly Lazy<LoadedDataset> Sample = new(() => DatasetFolderLoader.Load(RepositoryPaths.MillbrookDataset));

    public MillbrookBot(string localTime, LoadedDataset? dataset = null, IFactStore? store = null, ITextInterpreter? interpreter = null)
    {
        Dataset = dataset ?? Sample.Value;
        Clock = new FakeTimeProvider(At(localTime));
        Engine = new DialogEngine(store ?? Dataset.CreateStore(), new EngineOptions(Zone, "555-0100"), Clock, interpreter);
    }

    public LoadedDataset Dataset { get; }
    public FakeTimeProvider Clock { get; }
    public DialogEngine Engine { get; }
    public SessionState Session { get; set; } = SessionState.New;
    public Channel Channel { get; set; } = Channel.Web;
    public Locale Locale { get; set; } = Locale.English;

    public static LoadedDataset LoadSample() => Sample.Value;

    /// <summary>"2027-02-17T10:00" in Millbrook's time zone.</summary>
    public static DateTimeOffset At(string localTime)
    {
        var local = DateTime.Parse(localTime, System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public Task<DialogReply> IntentAsync(string intent, params (string Name, string Value)[] slots) =>
        TurnAsync(new DialogTurn(Channel, Locale, intent, slots.ToDictionary(s => s.Name, s => s.Value), null, Session));

    public Task<DialogReply> SayAsync(string text) => TurnAsync(DialogTurn.FromText(text, Channel, Locale, Session));

    public async Task<DialogReply> TurnAsync(DialogTurn turn)
    {
        var reply = await Engine.HandleAsync(turn with { Session = Session }, CancellationToken.None);
        Session = reply.Session;
        return reply;
    }

    public Task<DialogReply> PollingPlaceAsync(string address) => IntentAsync(IntentNames.PollingPlace, (SlotNames.Address, address));
}
