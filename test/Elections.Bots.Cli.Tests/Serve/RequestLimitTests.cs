using System.Net;
using System.Text;
using System.Text.Json;

namespace Elections.Bots.Cli.Tests.Serve;

/// <summary>Every JSON endpoint refuses bodies it should not read with the right status and a sentence, never a stack trace.</summary>
[Trait("Category", "Integration")]
public sealed class RequestLimitTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const int OneMegabyte = 1024 * 1024;

    public static TheoryData<string> JsonEndpoints => ["/lex", "/alexa", "/api/ask"];

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task Post_WhenBodyIsOverOneMegabyte_Returns413(string path)
    {
        using var response = await playground.PostAsync(path, new ByteArrayContent(Padded("{}", OneMegabyte + 1)));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "larger than 1 MB");
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task Post_WhenAnUnannouncedChunkedBodyGrowsPastOneMegabyte_Returns413(string path)
    {
        // No Content-Length: the limit has to hold while the body is being read.
        var content = new StreamContent(new ChunkedStream(Padded("{}", 2 * OneMegabyte)));

        using var response = await playground.PostAsync(path, content);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "larger than 1 MB");
    }

    [Fact]
    public async Task Ask_WhenBodyIsExactlyOneMegabyte_IsAnswered()
    {
        using var response = await playground.PostAsync("/api/ask", new ByteArrayContent(Padded("""{"question":"when is the election"}""", OneMegabyte)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/lex", "text/plain")]
    [InlineData("/alexa", "application/x-www-form-urlencoded")]
    [InlineData("/api/ask", "text/plain")]
    [InlineData("/api/ask", null)]
    [InlineData("/api/ask", "application/json; charset=iso-8859-1")]
    public async Task Post_WhenContentTypeIsNotUtf8Json_Returns415(string path, string? contentType)
    {
        using var response = await playground.PostAsync(path, """{"question":"where do I vote"}""", contentType);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "JSON");
    }

    [Theory]
    [InlineData("/lex", "errorMessage")]
    [InlineData("/alexa", "errorMessage")]
    [InlineData("/api/ask", "error")]
    public async Task Post_WhenJsonIsMalformed_Returns400WithAMessage(string path, string messageMember)
    {
        using var response = await playground.PostAsync(path, """{"question": "where do I vote""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty(messageMember).GetString()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string message)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(message, json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    /// <summary>Valid JSON of exactly <paramref name="length"/> bytes: the object, then spaces.</summary>
    private static byte[] Padded(string json, int length)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, (byte)' ');
        Encoding.UTF8.GetBytes(json, bytes);
        return bytes;
    }

    /// <summary>A stream that cannot say its length, so HttpClient sends it chunked.</summary>
    private sealed class ChunkedStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
