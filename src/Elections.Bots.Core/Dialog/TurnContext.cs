using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;
using Elections.Bots.Core.Speech;

namespace Elections.Bots.Core.Dialog;

/// <summary>Everything a handler may read for one turn: the turn, one dataset version, and local time.</summary>
public sealed class TurnContext(
    DialogTurn turn,
    string intent,
    IReadOnlyDictionary<string, string> slots,
    string? text,
    ElectionFacts facts,
    IFactStore store,
    DateTimeOffset localNow,
    Locale locale,
    SessionState session,
    CancellationToken cancellationToken,
    string? chosenFaqId = null)
{
    public DialogTurn Turn { get; } = turn;
    public string Intent { get; } = intent;
    public IReadOnlyDictionary<string, string> Slots { get; } = slots;

    /// <summary>The voter's words, capped in length. Never logged.</summary>
    public string? Text { get; } = text;

    public ElectionFacts Facts { get; } = facts;
    public IFactStore Store { get; } = store;
    public DateTimeOffset LocalNow { get; } = localNow;
    public DateOnly Today { get; } = DateOnly.FromDateTime(localNow.DateTime);
    public int MinuteOfDay { get; } = localNow.Hour * 60 + localNow.Minute;
    public Locale Locale { get; } = locale;

    /// <summary>The session as it stands after this turn's bookkeeping; handlers return an updated copy.</summary>
    public SessionState Session { get; } = session;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>An FAQ entry the voter picked from numbered choices offered on the previous turn.</summary>
    public string? ChosenFaqId { get; } = chosenFaqId;

    /// <summary>The voter asked whom or what to vote for; the office is nonpartisan and says so.</summary>
    public bool AsksForRecommendation { get; init; }

    public string? Slot(string name) =>
        Slots.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The first election that has not passed (today's counts), or null after the last one.</summary>
    /// <remarks>Loops rather than LINQ: a handler and its trace ask several times a turn, and a lambda over today allocates each time.</remarks>
    public Election? NextElection
    {
        get
        {
            foreach (var election in Facts.Elections)
            {
                if (election.Date >= Today) return election;
            }
            return null;
        }
    }

    /// <summary>The most recent election that has passed.</summary>
    public Election? LastElection
    {
        get
        {
            for (var i = Facts.Elections.Length - 1; i >= 0; i--)
            {
                if (Facts.Elections[i].Date < Today) return Facts.Elections[i];
            }
            return null;
        }
    }

    public ReplyBuilder Reply() => new(Locale, Today) { ChoicesKept = Turn.Channel.ChoicesHeard() };

    public AnswerTrace Trace(string? detail = null) =>
        new(Intent, ElectionId: NextElection?.Id, DatasetVersion: Facts.DatasetVersion, Detail: detail);

    /// <summary>The session to carry on with when the voter's request is settled (no question pending).</summary>
    public SessionState Settled() => Session with { PendingIntent = null, AddressAttempts = 0, LastIntent = Intent };

    public bool IsIntent(string name) => string.Equals(Intent, name, StringComparison.Ordinal);

    public static bool IsAddressIntent(string intent) => IntentNames.UsesAddress(intent);
}
