using System.Diagnostics;
using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Alexa.Tests.Support;

namespace Elections.Bots.Alexa.Tests.DeviceAddress;

[Trait("Category", "Integration")]
public sealed class DeviceAddressClientTests : IDisposable, IAsyncLifetime
{
    // The client gives up after the product's 1.5 s. The first request in a test process also pays for JIT-compiling
    // the HTTP stack, which on a loaded two-core machine took longer than that; one untimed request first keeps the
    // tests about the API's answers from failing on start-up cost.
    private static readonly Lazy<Task> WarmUp = new(async () =>
    {
        await using var server = new LoopbackAddressServer(new ServerAnswer(200, FullAddress));
        using var http = new HttpClient();
        await new DeviceAddressClient(http, new DeviceAddressClientOptions { AllowLoopbackHttp = true })
            .GetAddressAsync(new DeviceAddressQuery(server.Endpoint, "amzn1.ask.device.warm", Token), CancellationToken.None);
    });

    private const string Token = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJBbGV4YSJ9.c2ln";
    private const string FullAddress = """
        {"addressLine1":"401 N Main St","addressLine2":"Apt 2","addressLine3":null,"countryCode":"US",
         "stateOrRegion":"NL","city":"Millbrook","districtOrCounty":"Millbrook County","postalCode":"99961"}
        """;

    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    public Task InitializeAsync() => WarmUp.Value;

    public Task DisposeAsync() => Task.CompletedTask;

    private DeviceAddressClient Client(TimeSpan? timeout = null) =>
        new(_http, new DeviceAddressClientOptions { AllowLoopbackHttp = true, Timeout = timeout ?? DeviceAddressClientOptions.MaxTimeout });

    private static DeviceAddressQuery Query(LoopbackAddressServer server, string deviceId = "amzn1.ask.device.A1") =>
        new(server.Endpoint, deviceId, Token);

    [Fact]
    public async Task GetAddressAsync_When200_ReturnsOneLineAndCallsTheApiAsDocumented()
    {
        await using var server = new LoopbackAddressServer(new ServerAnswer(200, FullAddress));

        var lookup = await Client().GetAddressAsync(Query(server, "amzn1.ask.device.A/B"), CancellationToken.None);

        Assert.Equal(new DeviceAddressLookup(DeviceAddressStatus.Found, "401 N Main St, Millbrook, NL 99961"), lookup);
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/devices/amzn1.ask.device.A%2FB/settings/address", request.Path);
        Assert.Equal("Bearer " + Token, request.Authorization);
        Assert.Equal("application/json", request.Accept);
    }

    [Theory]
    [InlineData(204, null)]
    [InlineData(200, "")]
    [InlineData(200, """{"addressLine1":null,"city":null,"postalCode":null}""")]
    [InlineData(200, """{"countryCode":"US","postalCode":"99961"}""")]
    [InlineData(200, """{"addressLine1":"401 N Main St"}""")]
    public async Task GetAddressAsync_WhenNoUsableAddress_ReturnsNotSet(int status, string? body)
    {
        await using var server = new LoopbackAddressServer(new ServerAnswer(status, body));

        var lookup = await Client().GetAddressAsync(Query(server), CancellationToken.None);

        Assert.Equal(DeviceAddressLookup.NotSet, lookup);
    }

    [Fact]
    public async Task GetAddressAsync_When403_ReturnsPermissionDenied()
    {
        await using var server = new LoopbackAddressServer(new ServerAnswer(403, """{"type":"FORBIDDEN","message":"The authentication token is not valid."}"""));

        Assert.Equal(DeviceAddressLookup.PermissionDenied, await Client().GetAddressAsync(Query(server), CancellationToken.None));
    }

    [Theory]
    [InlineData(429, """{"type":"THROTTLED"}""")]
    [InlineData(500, "oops")]
    [InlineData(503, null)]
    [InlineData(405, null)]
    [InlineData(200, "{not json")]
    [InlineData(200, """{"addressLine1":42}""")]
    public async Task GetAddressAsync_WhenThrottledFailingOrGarbled_ReturnsUnavailable(int status, string? body)
    {
        await using var server = new LoopbackAddressServer(new ServerAnswer(status, body));

        Assert.Equal(DeviceAddressLookup.Unavailable, await Client().GetAddressAsync(Query(server), CancellationToken.None));
    }

    [Fact]
    public async Task GetAddressAsync_WhenTheApiHangs_GivesUpAtTheTimeout()
    {
        await using var server = new LoopbackAddressServer(ServerAnswer.Hangs);
        await using (var warm = new LoopbackAddressServer(new ServerAnswer(204)))
        {
            // First use of the HTTP stack costs JIT time that is not the timeout being measured.
            await Client().GetAddressAsync(Query(warm), CancellationToken.None);
        }
        var clock = Stopwatch.StartNew();

        var lookup = await Client(TimeSpan.FromMilliseconds(200)).GetAddressAsync(Query(server), CancellationToken.None);

        Assert.Equal(DeviceAddressLookup.Unavailable, lookup);
        // A 200 ms budget must end the wait long before the voter notices; the upper bound is the product's own
        // 1.5 s limit, not the budget, because a loaded 2-core CI machine adds scheduling delay to the cut-off.
        Assert.InRange(clock.ElapsedMilliseconds, 150, 1500);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task GetAddressAsync_WhenTheCallerCancels_Throws()
    {
        await using var server = new LoopbackAddressServer(ServerAnswer.Hangs);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await Client().GetAddressAsync(Query(server), cancel.Token));
    }

    [Fact]
    public async Task GetAddressAsync_WhenNothingListens_ReturnsUnavailable()
    {
        string endpoint;
        await using (var server = new LoopbackAddressServer(new ServerAnswer(200, FullAddress)))
        {
            endpoint = server.Endpoint;
        }

        var lookup = await Client().GetAddressAsync(new DeviceAddressQuery(endpoint, "d", Token), CancellationToken.None);

        Assert.Equal(DeviceAddressLookup.Unavailable, lookup);
    }

    [Fact]
    public async Task GetAddressAsync_WhenEndpointIsNotAnAlexaHost_NeverSendsTheToken()
    {
        await using var server = new LoopbackAddressServer(new ServerAnswer(200, FullAddress));
        var strict = new DeviceAddressClient(_http);

        Assert.Equal(DeviceAddressLookup.Unavailable, await strict.GetAddressAsync(Query(server), CancellationToken.None));
        Assert.Equal(DeviceAddressLookup.Unavailable, await strict.GetAddressAsync(new DeviceAddressQuery("https://api.amazonalexa.com.evil.example", "d", Token), CancellationToken.None));
        Assert.Equal(DeviceAddressLookup.Unavailable, await strict.GetAddressAsync(new DeviceAddressQuery("http://api.amazonalexa.com", "d", Token), CancellationToken.None));
        Assert.Equal(DeviceAddressLookup.Unavailable, await strict.GetAddressAsync(new DeviceAddressQuery("https://user@api.amazonalexa.com", "d", Token), CancellationToken.None));
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("not a token")]
    [InlineData("abc\r\nX-Injected: 1")]
    [InlineData("")]
    public async Task GetAddressAsync_WhenTokenIsNotTokenText_SendsNothing(string token)
    {
        await using var server = new LoopbackAddressServer(new ServerAnswer(200, FullAddress));

        var lookup = await Client().GetAddressAsync(new DeviceAddressQuery(server.Endpoint, "d", token), CancellationToken.None);

        Assert.Equal(DeviceAddressLookup.Unavailable, lookup);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1501)]
    public void Constructor_WhenTimeoutIsOutsideTheBudget_Throws(int milliseconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DeviceAddressClient(_http, new DeviceAddressClientOptions { Timeout = TimeSpan.FromMilliseconds(milliseconds) }));

    [Fact]
    public void Options_ByDefault_WaitAtMostOneAndAHalfSeconds() =>
        Assert.Equal(TimeSpan.FromSeconds(1.5), new DeviceAddressClientOptions().Timeout);
}
