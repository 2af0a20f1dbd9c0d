using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary>
/// Debian's chromium driven by Playwright. No browser is ever downloaded: when chromium is missing, every
/// browser test fails with this fixture's message rather than being skipped.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots land here, beside the test assembly, for people to look at.</summary>
    public static string ArtifactsFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}. The playground's browser tests drive Debian's chromium: " +
                "install it with `apt-get install -y chromium` (.ci/run does this when it is missing). Never run `playwright install`.");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A new page at <paramref name="address"/>, once its script has talked to the server (body data-ready).</summary>
    public async Task<IPage> OpenAsync(Uri address, int width = 1280, int height = 900)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync(address.ToString());
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null) return;
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
