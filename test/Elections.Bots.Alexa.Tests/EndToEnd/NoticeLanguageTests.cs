using System.Xml.Linq;
using Elections.Bots.Alexa.Tests.Support;
using Elections.Bots.Tests;

namespace Elections.Bots.Alexa.Tests.EndToEnd;

/// <summary>
/// An emergency notice the office published only in English, said on a Spanish device: the English words go in
/// <c>&lt;lang xml:lang='en-US'&gt;</c> so the Spanish voice pronounces them as English. Every response also passes
/// the Alexa response validator (well-formed SSML, supported tags and lang locales).
/// </summary>
public sealed class NoticeLanguageTests
{
    [Fact]
    public async Task SendAsync_WhenSpanishDeviceHearsAnEnglishOnlyNotice_WrapsExactlyTheEnglishBodyInLang()
    {
        var skill = new MillbrookSkill(dataset: TemporaryDataset.MillbrookWithNotices(SampleNotices.EnglishOnly));

        var ssml = MillbrookSkill.Ssml(await skill.SendAsync("IntentRequest.NextElection.es-US.json"));

        Assert.StartsWith("<speak>Aviso importante (en inglés): <lang xml:lang='en-US'>" +
                          "Fish &amp; Game Hall &lt;Room 2&gt; is closed today; vote at Millbrook Library instead.</lang>", ssml, StringComparison.Ordinal);
        var lang = Assert.Single(XElement.Parse(ssml).Descendants("lang"));
        Assert.Equal(SampleNotices.EnglishBody, lang.Value);
    }

    [Fact]
    public async Task SendAsync_WhenEnglishDeviceHearsTheNotice_UsesNoLang()
    {
        var skill = new MillbrookSkill(dataset: TemporaryDataset.MillbrookWithNotices(SampleNotices.EnglishOnly));

        var ssml = MillbrookSkill.Ssml(await skill.SendAsync("IntentRequest.NextElection.en-US.json"));

        Assert.StartsWith("<speak>Important notice: Fish &amp; Game Hall", ssml, StringComparison.Ordinal);
        Assert.DoesNotContain("<lang", ssml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WhenNoticeHasSpanishText_SpeaksItInSpanishWithoutLang()
    {
        var skill = new MillbrookSkill(dataset: TemporaryDataset.MillbrookWithNotices(SampleNotices.Translated));

        var ssml = MillbrookSkill.Ssml(await skill.SendAsync("IntentRequest.NextElection.es-US.json"));

        Assert.StartsWith("<speak>Aviso importante: Fish &amp; Game Hall está cerrado hoy.", ssml, StringComparison.Ordinal);
        Assert.DoesNotContain("<lang", ssml, StringComparison.Ordinal);
    }
}
