using System.Text;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// Writes one <c>&lt;speak&gt;</c> document: escaped text, <c>say-as</c> for dates and phone numbers, breaks for
/// pauses, <c>lang</c> for words in another language than the device speaks. It never exceeds its length limit
/// (Alexa's 8,000 characters by default): a part that does not fit is cut at a word or left out, and the document
/// is always closed, so the result is always well-formed.
/// </summary>
/// <remarks>
/// At most one <c>lang</c> element is open at a time: English words in a Spanish answer on an English device
/// close the document's <c>lang</c> and reopen it afterwards rather than nest one in the other, which Alexa's SSML
/// reference never shows.
/// </remarks>
public sealed class SsmlBuilder
{
    // Attribute values in single quotes: the SSML then holds no double quote, so writing it into the JSON
    // response needs no escaping (the slow path of the JSON writer) and the bytes stay fewer.
    public const string PauseTag = "<break time='300ms'/>";
    private const string DateOpen = "<say-as interpret-as='date'>";
    private const string TelephoneOpen = "<say-as interpret-as='telephone'>";
    private const string SayAsClose = "</say-as>";
    private const string SpeakOpen = "<speak>";
    private const string SpeakClose = "</speak>";
    private const string LangOpen = "<lang xml:lang='";
    private const string LangOpenEnd = "'>";
    private const string LangClose = "</lang>";

    private StringBuilder? _buffer = SsmlBuilderCache.Acquire();
    private readonly int _maxLength;
    private readonly Locale _locale;
    private readonly Locale _deviceLocale;
    private readonly int _emptyLength;

    /// <summary>The language of the open <c>lang</c> element; null when the device's own language is spoken.</summary>
    private Locale? _openLang;

    /// <param name="speechLocale">The language of what is said (the voter may have switched language).</param>
    /// <param name="deviceLocale">The language the device's voice speaks; another one is wrapped in <c>&lt;lang&gt;</c>.</param>
    public SsmlBuilder(Locale speechLocale, Locale deviceLocale, int maxLength = OutputSpeech.MaxLength)
    {
        _locale = speechLocale;
        _deviceLocale = deviceLocale;
        _maxLength = maxLength;
        Ssml.Append(SpeakOpen);
        SpeakIn(speechLocale);
        _emptyLength = Ssml.Length;
    }

    /// <summary>Something was left out to stay within the limit.</summary>
    public bool Truncated { get; private set; }

    public bool IsEmpty => Ssml.Length == _emptyLength;

    private int Room => _maxLength - Ssml.Length - SpeakClose.Length - (_openLang is null ? 0 : LangClose.Length);

    public SsmlBuilder Text(string? text) => Text(text.AsSpan());

    public SsmlBuilder Text(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || Truncated) return this;
        if (SpeechText.HasUrl(text))
        {
            return Text(SpeechText.WithoutUrls(text.ToString()).AsSpan());
        }
        var room = Room;
        // Escaping at most sextuples a character ('\'' becomes &apos;), so short text needs no measuring.
        if (text.Length * 6 <= room || SsmlText.EscapedLength(text) <= room)
        {
            SsmlText.AppendEscaped(Ssml, text);
            return this;
        }
        SsmlText.AppendEscaped(Ssml, text[..SsmlText.FitAtWord(text, room)]);
        Truncated = true;
        return this;
    }

    public SsmlBuilder Pause() => Markup(PauseTag);

    public SsmlBuilder Parts(ImmutableArray<SpeechPart> parts)
    {
        foreach (var part in parts) Part(part);
        return this;
    }

    public SsmlBuilder Part(SpeechPart part)
    {
        switch (part.Kind)
        {
            case SpeechKind.Pause:
                return Pause();
            case SpeechKind.Date when SpokenDate.TryRead(part, _locale, out var date):
                return Text(date.Lead).Markup(DateOpen, date.Digits, SayAsClose);
            case SpeechKind.Telephone when SpokenPhone.TryDigits(part.Value, out var digits):
                return Markup(TelephoneOpen, digits, SayAsClose);
            case SpeechKind.English:
                return Text(part.Text, Locale.English);
            default:
                // Times are spoken from their worded text ("7 p.m."), which Alexa reads correctly: its
                // say-as "time" means a duration (1'21"), not a time of day.
                return Text(part.Text);
        }
    }

    /// <summary>Words in <paramref name="language"/>, whatever the language of the words around them.</summary>
    public SsmlBuilder Text(string? text, Locale language)
    {
        var around = _openLang ?? _deviceLocale;
        if (language == around || string.IsNullOrEmpty(text)) return Text(text);
        SpeakIn(language);
        Text(text);
        return SpeakIn(around);
    }

    /// <summary>Closes the document and returns it; the builder is spent afterwards.</summary>
    public string Build()
    {
        if (_openLang is not null) Ssml.Append(LangClose);
        var ssml = SsmlBuilderCache.Release(Ssml.Append(SpeakClose));
        _buffer = null;
        return ssml;
    }

    /// <summary>The buffer goes back to the per-thread cache on Build, so a spent builder must not write to it.</summary>
    private StringBuilder Ssml => _buffer ?? throw new InvalidOperationException("This SSML document was already built.");

    /// <summary>
    /// Makes <paramref name="language"/> the one being spoken: the open <c>lang</c> element is closed (its close
    /// was reserved in <see cref="Room"/>), and one is opened unless the device speaks that language itself.
    /// </summary>
    private SsmlBuilder SpeakIn(Locale language)
    {
        if (_openLang == language || (_openLang is null && language == _deviceLocale)) return this;
        if (_openLang is not null)
        {
            Ssml.Append(LangClose);
            _openLang = null;
        }
        if (language == _deviceLocale || Truncated) return this;
        // The open tag and its close must both fit, or the words stay in the device's language.
        var tag = language.ToTag();
        if (LangOpen.Length + tag.Length + LangOpenEnd.Length + LangClose.Length > Room)
        {
            Truncated = true;
            return this;
        }
        Ssml.Append(LangOpen).Append(tag).Append(LangOpenEnd);
        _openLang = language;
        return this;
    }

    /// <summary>Markup is all or nothing: half a tag would break the document.</summary>
    private SsmlBuilder Markup(string open, string content = "", string close = "")
    {
        if (Truncated) return this;
        if (open.Length + content.Length + close.Length > Room)
        {
            Truncated = true;
            return this;
        }
        Ssml.Append(open).Append(content).Append(close);
        return this;
    }
}
