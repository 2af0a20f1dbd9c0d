using System.Text.RegularExpressions;
using Elections.Bots.Lex.Rendering;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary>The chat page in a real browser: a voter's conversation, the channel previews, Spanish, a phone-sized screen.</summary>
[Trait("Category", "Integration")]
public sealed class ChatPageTests(PlaygroundFixture playground, ChromiumFixture chromium)
    : IClassFixture<PlaygroundFixture>, IClassFixture<ChromiumFixture>
{
    private const string MillbrookAddress = "401 N Main St, Millbrook, NL 99961";

    [Fact]
    public async Task Chat_WhereDoIVoteThenAnAddress_ShowsThePollingPlaceEveryChannelAndThenSpanish()
    {
        var page = await OpenAsync(1280, 900);

        await AskAsync(page, "where do I vote");
        await Expect(LastAnswer(page)).ToContainTextAsync("address");
        await AskAsync(page, MillbrookAddress);

        await Expect(LastAnswer(page)).ToContainTextAsync("Millbrook Public Library");
        await Expect(page.Locator("#trace")).ToContainTextAsync("PollingPlace");
        await Expect(page.Locator("#trace")).ToContainTextAsync("Millbrook Public Library");
        var smsText = await page.Locator("#sms-text").TextContentAsync() ?? string.Empty;
        var segments = SmsSegments.Count(smsText);
        await Expect(page.Locator("#sms-meta")).ToHaveTextAsync(new Regex($"^{segments} segments? · (GSM-7|UCS-2) · {smsText.Length} characters$"));
        await Expect(page.Locator("#alexa-ssml")).ToContainTextAsync("<speak>");
        await Expect(page.Locator("#voice-ssml")).ToContainTextAsync("<speak>");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("serve-chat.png"), FullPage = true });

        await page.Locator("#locale").SelectOptionAsync("es-US");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(page.Locator("label[for=question]")).ToHaveTextAsync("Su pregunta");
        await AskAsync(page, "¿Dónde voto?");

        await Expect(LastAnswer(page)).ToHaveAttributeAsync("lang", "es");
        await Expect(LastAnswer(page)).ToContainTextAsync("Su lugar de votación");
        await Expect(page.Locator("#sms-meta")).ToContainTextAsync("segmento");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("serve-chat-es.png"), FullPage = true });
    }

    [Fact]
    public async Task Chat_WhenACardButtonIsClicked_SendsItsValueAsTheNextMessage()
    {
        var page = await OpenAsync(1280, 900);
        var button = LastAnswer(page).Locator(".card button.choice").First;
        var value = await button.GetAttributeAsync("data-value");

        await button.ClickAsync();

        await Expect(page.Locator(".msg.voter").Last).ToHaveTextAsync(new Regex(Regex.Escape(value!) + "$"));
        await Expect(page.Locator(".msg.bot")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task Chat_WithTheKeyboardOnly_SkipsToTheQuestionAsksAndChooses()
    {
        var page = await OpenAsync(1280, 900);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#question")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("when is the election");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".msg.bot")).ToHaveCountAsync(2);
        await Expect(page.Locator("#question")).ToBeFocusedAsync();

        var choice = LastAnswer(page).Locator(".card button.choice").First;
        await choice.FocusAsync();
        var outline = await choice.EvaluateAsync<string>("b => getComputedStyle(b).outlineStyle");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("solid", outline);
        await Expect(page.Locator(".msg.bot")).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task Chat_AtPhoneWidth_FitsWithoutSidewaysScrolling()
    {
        var page = await OpenAsync(375, 812);
        await AskAsync(page, "where do I vote at " + MillbrookAddress);
        await Expect(LastAnswer(page)).ToContainTextAsync("Millbrook Public Library");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.Equal(0, overflow);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("serve-chat-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task AdminPage_AfterAQuestionTheFaqCouldNotAnswer_ShowsTheDatasetAndTheRedactedQuestion()
    {
        var chat = await OpenAsync(1280, 800);
        await AskAsync(chat, "is there a shuttle for a voter at 40 Mill Lane? text me at 555-867-5309");
        await Expect(LastAnswer(chat)).ToContainTextAsync("555-0142");

        var page = await chromium.OpenAsync(new Uri(playground.BaseAddress, "/admin"));

        await Expect(page.Locator("#dataset")).ToContainTextAsync(playground.Bot.Facts.DatasetVersion);
        await Expect(page.Locator("#counts")).ToContainTextAsync("Precincts");
        await Expect(page.Locator("#unanswered table")).ToContainTextAsync("is there a shuttle for a voter at [address]? text me at [phone]");
        await Expect(page.Locator("#unanswered")).Not.ToContainTextAsync("867-5309");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("serve-admin.png"), FullPage = true });
    }

    private async Task<IPage> OpenAsync(int width, int height)
    {
        var page = await chromium.OpenAsync(playground.BaseAddress, width, height);
        // The page greets with the welcome.
        await Expect(page.Locator(".msg.bot")).ToHaveCountAsync(1);
        return page;
    }

    private static async Task AskAsync(IPage page, string question)
    {
        var answers = await page.Locator(".msg.bot").CountAsync();
        await page.Locator("#question").FillAsync(question);
        await page.Locator("#question").PressAsync("Enter");
        await Expect(page.Locator(".msg.bot")).ToHaveCountAsync(answers + 1);
    }

    private static ILocator LastAnswer(IPage page) => page.Locator(".msg.bot").Last;

    private static string Artifact(string name) => Path.Combine(ChromiumFixture.ArtifactsFolder, name);
}
