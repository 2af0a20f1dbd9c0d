using System.Text;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// Writes one <c>&lt;speak&gt;</c> document: escaped text, <c>say-as</c> for dates and phone numbers, breaks for
/// pauses. It never exceeds its length limit (Alexa's 8,000 characters by default): a part that does not fit is
/// cut at a word or left out, and the document is always closed, so the result is always well-formed.
/// </summary>
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
    private const string LangClose = "</lang>";

    private StringBuilder? _buffer = SsmlBuilderCache.Acquire();
    private readonly int _maxLength;
    private readonly Locale _locale;
    private readonly bool _inLang;

    /// <param name="speechLocale">The language of what is said (the voter may have switched language).</param>
    /// <param name="deviceLocale">The language the device's voice speaks; another one is wrapped in <c>&lt;lang&gt;</c>.</param>
    public SsmlBuilder(Locale speechLocale, Locale deviceLocale, int maxLength = OutputSpeech.MaxLength)
    {
        _locale = speechLocale;
        _maxLength = maxLength;
        Ssml.Append(SpeakOpen);
        if (speechLocale != deviceLocale)
        {
            _inLang = true;
            Ssml.Append("<lang xml:lang='").Append(speechLocale.ToTag()).Append("'>");
        }
    }

    /// <summary>Something was left out to stay within the limit.</summary>
    public bool Truncated { get; private set; }

    public bool IsEmpty => Ssml.Length == SpeakOpen.Length + (_inLang ? LangOpenLength : 0);

    private int LangOpenLength => "<lang xml:lang=''>".Length + _locale.ToTag().Length;

    private int Room => _maxLength - Ssml.Length - SpeakClose.Length - (_inLang ? LangClose.Length : 0);

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
            default:
                // Times are spoken from their worded text ("7 p.m."), which Alexa reads correctly: its
                // say-as "time" means a duration (1'21"), not a time of day.
                return Text(part.Text);
        }
    }

    /// <summary>Closes the document and returns it; the builder is spent afterwards.</summary>
    public string Build()
    {
        if (_inLang) Ssml.Append(LangClose);
        var ssml = SsmlBuilderCache.Release(Ssml.Append(SpeakClose));
        _buffer = null;
        return ssml;
    }

    /// <summary>The buffer goes back to the per-thread cache on Build, so a spent builder must not write to it.</summary>
    private StringBuilder Ssml => _buffer ?? throw new InvalidOperationException("This SSML document was already built.");

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
