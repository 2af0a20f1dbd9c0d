using System.Text;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Core.Speech;

/// <summary>
/// Writes one answer into all three registers at once — screen text, speech parts and (optionally) an SMS text —
/// so they can never say different things. Links and URLs go to screens only; voice never reads a URL.
/// </summary>
public sealed class ReplyBuilder(Locale locale, DateOnly today)
{
    private readonly StringBuilder _text = new(256);
    private readonly ImmutableArray<SpeechPart>.Builder _speech = ImmutableArray.CreateBuilder<SpeechPart>(16);
    private readonly ImmutableArray<ReplyLink>.Builder _links = ImmutableArray.CreateBuilder<ReplyLink>(2);
    private readonly ImmutableArray<Suggestion>.Builder _suggestions = ImmutableArray.CreateBuilder<Suggestion>(5);
    private readonly ImmutableArray<string>.Builder _choices = ImmutableArray.CreateBuilder<string>(5);
    private string? _short;

    /// <summary>Follow-ups whose button sends its own label back are the same few objects every turn: share them.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Suggestion> SameWords = new(StringComparer.Ordinal);

    public Locale Locale { get; } = locale;
    public DateOnly Today { get; } = today;

    /// <summary>Picks the sentence in the reply's language.</summary>
    public string T(string english, string spanish) => Locale == Locale.Spanish ? spanish : english;

    /// <summary>Words for every register.</summary>
    public ReplyBuilder Say(string words)
    {
        // "8:00 p.m." + ". " must not become "p.m.. ": a sentence that already ends in a period keeps one.
        if (words.Length > 0 && words[0] == '.' && _text.Length > 0 && _text[^1] == '.') words = words[1..];
        _text.Append(words);
        AppendSpeech(words);
        return this;
    }

    public ReplyBuilder Say(string english, string spanish) => Say(T(english, spanish));

    /// <summary>Screens only: URLs, addresses written out in full, details voice would drag through.</summary>
    public ReplyBuilder Write(string words)
    {
        _text.Append(words);
        return this;
    }

    /// <summary>Voice only: a spoken form where the written one would read badly.</summary>
    public ReplyBuilder Speak(string words)
    {
        AppendSpeech(words);
        return this;
    }

    public ReplyBuilder Date(DateOnly date, bool withYear = false)
    {
        var words = DateWords.Long(date, Locale, withYear || date.Year != Today.Year);
        _text.Append(words);
        _speech.Add(new SpeechPart(SpeechKind.Date, words, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return this;
    }

    public ReplyBuilder Time(int minuteOfDay)
    {
        var words = DateWords.Time(minuteOfDay, Locale);
        _text.Append(words);
        _speech.Add(new SpeechPart(SpeechKind.Time, words, DateWords.TimeValue(minuteOfDay)));
        return this;
    }

    public ReplyBuilder Phone(string phone)
    {
        _text.Append(phone);
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        _speech.Add(new SpeechPart(SpeechKind.Telephone, phone, digits));
        return this;
    }

    /// <summary>Ends a paragraph: a line break on screens, a short pause in speech.</summary>
    public ReplyBuilder Break()
    {
        while (_text.Length > 0 && _text[^1] == ' ') _text.Length--;
        if (_text.Length > 0 && _text[^1] != '\n') _text.Append('\n');
        if (_speech.Count > 0 && _speech[^1].Kind != SpeechKind.Pause) _speech.Add(new SpeechPart(SpeechKind.Pause, string.Empty));
        return this;
    }

    public ReplyBuilder Link(string? title, string? uri)
    {
        if (!string.IsNullOrWhiteSpace(uri) && _links.Count < 5 && _links.All(l => l.Uri != uri)) _links.Add(new ReplyLink(title ?? uri, uri));
        return this;
    }

    /// <summary>The SMS answer, when the engine can write one better than a shortened screen text.</summary>
    public ReplyBuilder Short(string text)
    {
        _short = text;
        return this;
    }

    /// <summary>
    /// Offers a follow-up. <paramref name="utterance"/> is what a button sends back; the numbered target lets
    /// "1" (typed, or pressed on a phone) pick it too.
    /// </summary>
    public ReplyBuilder Suggest(string label, string utterance, string target)
    {
        if (_suggestions.Count >= 5) return this;
        _suggestions.Add(ReferenceEquals(label, utterance) ? SameWords.GetOrAdd(label, static l => new Suggestion(l, l)) : new Suggestion(label, utterance));
        _choices.Add(target);
        return this;
    }

    public bool HasText => _text.Length > 0;

    public DialogReply Build(string intent, ReplyOutcome outcome, SessionState session, AnswerTrace trace, string? title = null) => new()
    {
        Text = _text.ToString().Trim(),
        Speech = TrimPauses(_speech.ToImmutable()),
        ShortText = _short,
        Title = title,
        Links = _links.ToImmutable(),
        Suggestions = _suggestions.ToImmutable(),
        Intent = intent,
        Outcome = outcome,
        Locale = Locale,
        Session = session with { Choices = _choices.ToImmutable() },
        Trace = trace,
    };

    private void AppendSpeech(string words)
    {
        if (_speech.Count > 0 && _speech[^1].Kind == SpeechKind.Text)
        {
            _speech[^1] = new SpeechPart(SpeechKind.Text, _speech[^1].Text + words);
        }
        else
        {
            _speech.Add(new SpeechPart(SpeechKind.Text, words));
        }
    }

    private static ImmutableArray<SpeechPart> TrimPauses(ImmutableArray<SpeechPart> parts)
    {
        var start = 0;
        var end = parts.Length;
        while (start < end && parts[start].Kind == SpeechKind.Pause) start++;
        while (end > start && parts[end - 1].Kind == SpeechKind.Pause) end--;
        return start == 0 && end == parts.Length ? parts : parts[start..end];
    }
}
