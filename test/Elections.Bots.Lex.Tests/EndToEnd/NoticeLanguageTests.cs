using System.Xml.Linq;
using Elections.Bots.Lex.Tests.Support;
using Elections.Bots.Tests;

namespace Elections.Bots.Lex.Tests.EndToEnd;

/// <summary>
/// An emergency notice the office published only in English, on a Spanish Amazon Connect call: Polly's Spanish
/// voice says the English words inside <c>&lt;lang xml:lang="en-US"&gt;</c>, so they are pronounced as English.
/// </summary>
public sealed class NoticeLanguageTests
{
    private const string SpanishCall = "connect-voice-fulfillment-early-voting-es";

    private static async Task<string> SpeechAsync(string notice, string locale = "es_US")
    {
        var harness = new LexHarness(dataset: TemporaryDataset.MillbrookWithNotices(notice));
        var node = EventFixtures.Node(SpanishCall);
        node["bot"]!["localeId"] = locale;
        var result = await harness.InvokeAsync(EventFixtures.ToBytes(node));
        LexResponseValidator.AssertValid(result.Body, LexResponseValidator.Expect.Voice);
        return LexResponses.Parse(result.Body).Messages![0].Content!;
    }

    [Fact]
    public async Task InvokeAsync_WhenSpanishCallHearsAnEnglishOnlyNotice_WrapsExactlyTheEnglishBodyInLang()
    {
        var ssml = await SpeechAsync(SampleNotices.EnglishOnly);

        Assert.StartsWith("<speak>Aviso importante (en inglés): <lang xml:lang=\"en-US\">" +
                          "Fish &amp; Game Hall &lt;Room 2&gt; is closed today; vote at Millbrook Library instead.</lang>", ssml, StringComparison.Ordinal);
        var lang = Assert.Single(XElement.Parse(ssml).Descendants("lang"));
        Assert.Equal(SampleNotices.EnglishBody, lang.Value);
    }

    [Fact]
    public async Task InvokeAsync_WhenEnglishCallHearsTheNotice_UsesNoLang()
    {
        var ssml = await SpeechAsync(SampleNotices.EnglishOnly, locale: "en_US");

        Assert.StartsWith("<speak>Important notice: Fish &amp; Game Hall", ssml, StringComparison.Ordinal);
        Assert.DoesNotContain("<lang", ssml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenNoticeHasSpanishText_SpeaksItInSpanishWithoutLang()
    {
        var ssml = await SpeechAsync(SampleNotices.Translated);

        Assert.StartsWith("<speak>Aviso importante: Fish &amp; Game Hall está cerrado hoy.", ssml, StringComparison.Ordinal);
        Assert.DoesNotContain("<lang", ssml, StringComparison.Ordinal);
    }
}
