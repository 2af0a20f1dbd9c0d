using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Speech;

/// <summary>
/// Writes one answer into all three registers at once — screen text, speech parts and (optionally) an SMS text —
/// so they can never say different things. Links and URLs go to screens only; voice never reads a URL.
/// </summary>
/// <remarks>
/// Every turn builds one, so it writes into pooled buffers (see <see cref="TextJoiner"/>, <see cref="PooledList{T}"/>)
/// and allocates little beyond the finished reply. <see cref="Build"/> hands everything over and returns the
/// buffers: it is the last call on a builder.
/// </remarks>
public sealed class ReplyBuilder(Locale locale, DateOnly today)
{
    private TextJoiner _text;

    /// <summary>The text speech part being written; consecutive words join into one part.</summary>
    private TextJoiner _spoken;
    private bool _speaking;

    private PooledList<SpeechPart> _speech;
    private PooledList<ReplyLink> _links;
    private PooledList<Suggestion> _suggestions;
    private PooledList<string> _choices;
    private string? _short;

    /// <summary>While set, words go to screens only (see <see cref="WriteOnly{TState}"/>).</summary>
    private bool _screenOnly;

    /// <summary>Follow-ups whose button sends its own label back are the same few objects every turn: share them.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Suggestion> SameWords = new(StringComparer.Ordinal);

    public Locale Locale { get; } = locale;

    /// <summary>How many numbered choices the session keeps (<see cref="ChannelTraits.ChoicesHeard"/>); the rest cannot be picked.</summary>
    public int ChoicesKept { get; init; } = int.MaxValue;
    public DateOnly Today { get; } = today;

    /// <summary>Picks the sentence in the reply's language.</summary>
    public string T(string english, string spanish) => Locale == Locale.Spanish ? spanish : english;

    /// <summary>Words for every register.</summary>
    public ReplyBuilder Say(string words)
    {
        // "8:00 p.m." + ". " must not become "p.m.. ": a sentence that already ends in a period keeps one.
        if (words.Length > 0 && words[0] == '.' && !_text.IsEmpty && _text.Last == '.') words = words[1..];
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

    /// <summary>
    /// Screens only, worded by <paramref name="say"/> exactly as it would be said, and trimmed as a whole reply's
    /// text is: voice lists only the first few places, screens list them all in the same words.
    /// </summary>
    public ReplyBuilder WriteOnly<TState>(TState state, Action<ReplyBuilder, TState> say)
    {
        var start = _text.Length;
        _screenOnly = true;
        try
        {
            say(this, state);
        }
        finally
        {
            _screenOnly = false;
        }
        _text.TrimSince(start);
        return this;
    }

    /// <summary>
    /// A place's directions in the answer's language. English-only directions on a Spanish answer are labelled as
    /// English and spoken as English words (<see cref="SpeechKind.English"/>, which voices pronounce as English),
    /// as an untranslated notice is.
    /// </summary>
    /// <param name="spoken">False where directions are screen-only anyway (long lists of sites).</param>
    public ReplyBuilder Directions(LocalizedDirections directions, bool spoken = true)
    {
        if (!directions.IsEnglishOnly) return spoken ? Say(directions.Text) : Write(directions.Text);
        if (!spoken) return Write(EnglishOnlyDirections).Write(directions.Text);
        Say(EnglishOnlyDirections);
        _text.Append(directions.Text);
        AddSpeech(new SpeechPart(SpeechKind.English, directions.Text));
        return this;
    }

    private const string EnglishOnlyDirections = "Indicaciones (en inglés): ";

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
        AddSpeech(new SpeechPart(SpeechKind.Date, words, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return this;
    }

    public ReplyBuilder Time(int minuteOfDay)
    {
        var words = DateWords.Time(minuteOfDay, Locale);
        _text.Append(words);
        AddSpeech(new SpeechPart(SpeechKind.Time, words, DateWords.TimeValue(minuteOfDay)));
        return this;
    }

    public ReplyBuilder Phone(string phone)
    {
        _text.Append(phone);
        AddSpeech(new SpeechPart(SpeechKind.Telephone, phone, DigitsOf(phone)));
        return this;
    }

    /// <summary>Ends a paragraph: a line break on screens, a short pause in speech.</summary>
    public ReplyBuilder Break()
    {
        _text.TrimEnd(' ');
        if (!_text.IsEmpty && _text.Last != '\n') _text.Append('\n');
        if (_screenOnly) return this;
        EndSpokenText();
        if (_speech.Count > 0 && _speech[_speech.Count - 1].Kind != SpeechKind.Pause) _speech.Add(new SpeechPart(SpeechKind.Pause, string.Empty));
        return this;
    }

    public ReplyBuilder Link(string? title, string? uri)
    {
        if (string.IsNullOrWhiteSpace(uri) || _links.Count >= 5) return this;
        for (var i = 0; i < _links.Count; i++)
        {
            if (_links[i].Uri == uri) return this;
        }
        _links.Add(new ReplyLink(title ?? uri, uri));
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

    public bool HasText => !_text.IsEmpty;

    public DialogReply Build(string intent, ReplyOutcome outcome, SessionState session, AnswerTrace trace, string? title = null)
    {
        EndSpokenText();
        var reply = new DialogReply
        {
            Text = _text.ToStringAndClear(trim: true),
            Speech = DrainSpeech(),
            ShortText = _short,
            Title = title,
            Links = _links.Drain(),
            Suggestions = _suggestions.Drain(),
            Intent = intent,
            Outcome = outcome,
            Locale = Locale,
            Session = session with { Choices = _choices.Drain(0, Math.Min(_choices.Count, ChoicesKept)) },
            Trace = trace,
        };
        _text.Release();
        _spoken.Release();
        return reply;
    }

    private void AppendSpeech(string words)
    {
        if (_screenOnly) return;
        _spoken.Append(words);
        _speaking = true;
    }

    /// <summary>A date, time, number or pause: after the words said so far, which become their own part.</summary>
    private void AddSpeech(SpeechPart part)
    {
        if (_screenOnly) return;
        EndSpokenText();
        _speech.Add(part);
    }

    private void EndSpokenText()
    {
        if (!_speaking) return;
        _speech.Add(new SpeechPart(SpeechKind.Text, _spoken.ToStringAndClear()));
        _speaking = false;
    }

    /// <summary>The parts without pauses at either end: a reply neither starts nor ends with silence.</summary>
    private ImmutableArray<SpeechPart> DrainSpeech()
    {
        var start = 0;
        var end = _speech.Count;
        while (start < end && _speech[start].Kind == SpeechKind.Pause) start++;
        while (end > start && _speech[end - 1].Kind == SpeechKind.Pause) end--;
        return _speech.Drain(start, end);
    }

    private static string DigitsOf(string phone)
    {
        var count = 0;
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c)) count++;
        }
        return string.Create(count, phone, static (digits, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (char.IsAsciiDigit(c)) digits[i++] = c;
            }
        });
    }
}
