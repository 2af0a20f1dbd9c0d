using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary>
/// axe-core's WCAG 2.1 A and AA rules (labels, contrast, landmarks, lang, names of controls) on both pages,
/// with a conversation and its previews on screen, in English and in Spanish, on a desktop and a phone.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AccessibilityTests(PlaygroundFixture playground, ChromiumFixture chromium)
    : IClassFixture<PlaygroundFixture>, IClassFixture<ChromiumFixture>
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("en-US", "where do I vote at 401 N Main St, Millbrook, NL 99961", 1280)]
    [InlineData("es-US", "¿Dónde voto? 401 N Main St, Millbrook, NL 99961", 375)]
    public async Task ChatPage_WithAnAnswerAndItsPreviews_HasNoWcagViolations(string locale, string question, int width)
    {
        var page = await chromium.OpenAsync(playground.BaseAddress, width);
        await page.Locator("#locale").SelectOptionAsync(locale);
        await page.Locator("#question").FillAsync(question);
        await page.Locator("#question").PressAsync("Enter");
        await Expect(page.Locator(".msg.bot")).ToHaveCountAsync(2);

        AssertNoViolations(await page.RunAxe(Wcag21AA));
    }

    [Fact]
    public async Task AdminPage_WithUnansweredQuestionsListed_HasNoWcagViolations()
    {
        // A question the FAQ cannot answer puts the grouped-questions table on the page.
        using (await playground.PostAsync("/api/ask", """{"question": "can I bring my parrot to the polling place"}""")) { }
        var page = await chromium.OpenAsync(new Uri(playground.BaseAddress, "/admin"));
        await Expect(page.Locator("#unanswered table")).ToBeVisibleAsync();

        AssertNoViolations(await page.RunAxe(Wcag21AA));
    }

    private static void AssertNoViolations(AxeResult result)
    {
        var found = result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}");
        Assert.Empty(found);
    }
}
