using System.Text;
using Elections.Bots.Cli.Serve.Http;
using Microsoft.AspNetCore.Http;

namespace Elections.Bots.Cli.Tests.Serve;

public sealed class ErrorBarrierTests
{
    [Fact]
    public async Task InvokeAsync_WhenAnEndpointThrows_Answers500WithASentenceAndNothingOfTheException()
    {
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() } };

        await ErrorBarrier.InvokeAsync(context, _ => throw new InvalidOperationException("voter typed 12 Oak St at Handler.cs:line 42"));

        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        var body = Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
        Assert.Contains("could not answer that request", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Oak", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Handler.cs", body, StringComparison.Ordinal);
    }
}
