using System.Text;
using Elections.Bots.Lambda.Handlers;
using Elections.Bots.Lambda.Runtime;
using Elections.Bots.Lambda.Tests.Support;

namespace Elections.Bots.Lambda.Tests.Runtime;

/// <summary>The loop against a loopback Runtime API: what it posts, and that nothing an event or handler does stops it.</summary>
[Trait("Category", "Integration")]
public sealed class InvocationLoopTests
{
    private static readonly LoopOptions QuickRetries = new() { FirstBackoff = TimeSpan.FromMilliseconds(1), MaxBackoff = TimeSpan.FromMilliseconds(5) };

    [Fact]
    public async Task RunAsync_WhenEventArrives_PostsHandlersBodyToItsResponseWithInvocationIdEchoed()
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Event("req-1", "{\"n\":1}"u8.ToArray(), NextReply.DeadlineIn(TimeSpan.FromSeconds(5)), invocationId: "inv-1"));
        await using var run = FunctionRun.Loop(api, DelegateHandler.Echo());

        var post = await api.NextPostAsync();

        Assert.True(post.IsResponseTo("req-1"), post.Path);
        Assert.Equal("{\"n\":1}", post.Text);
        Assert.Equal("inv-1", post.Header("Lambda-Runtime-Invocation-Id"));
    }

    [Fact]
    public async Task RunAsync_WhenHandlerThrows_PostsErrorDocumentAndServesTheNextEvent()
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Event("boom", "{}"));
        api.Enqueue(NextReply.Event("fine", "{\"ok\":true}"));
        var handler = new DelegateHandler((utf8, _) => utf8.Length == 2
            ? throw new InvalidOperationException("broken on purpose")
            : ValueTask.FromResult(new HandlerResult(utf8.ToArray())));
        await using var run = FunctionRun.Loop(api, handler);

        var error = await api.NextPostAsync();
        var next = await api.NextPostAsync();

        Assert.True(error.IsErrorFor("boom"), error.Path);
        Assert.Equal("Runtime.Unhandled.InvalidOperationException", error.Header("Lambda-Runtime-Function-Error-Type"));
        Assert.Equal("application/vnd.aws.lambda.error+json", error.Header("Content-Type"));
        using var document = error.Json();
        Assert.Equal("Runtime.Unhandled.InvalidOperationException", document.RootElement.GetProperty("errorType").GetString());
        Assert.Equal("broken on purpose", document.RootElement.GetProperty("errorMessage").GetString());
        Assert.True(document.RootElement.GetProperty("stackTrace").GetArrayLength() > 0);
        Assert.True(next.IsResponseTo("fine"), next.Path);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerReturnsErrorDocument_PostsItToErrorWithItsType()
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Event("refused", "{}"));
        var handler = new DelegateHandler((_, _) => ValueTask.FromResult(new HandlerResult("{\"errorType\":\"X\"}"u8.ToArray(), "Lex.NotLexEvent")));
        await using var run = FunctionRun.Loop(api, handler);

        var post = await api.NextPostAsync();

        Assert.True(post.IsErrorFor("refused"), post.Path);
        Assert.Equal("Lex.NotLexEvent", post.Header("Lambda-Runtime-Function-Error-Type"));
        Assert.Equal("{\"errorType\":\"X\"}", post.Text);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerIgnoresDeadline_ReportsTimeoutAtDeadlineAndServesTheNextEvent()
    {
        await using var api = new LoopbackRuntimeApi();
        using var release = new SemaphoreSlim(0);
        var handler = new DelegateHandler(async (utf8, _) =>
        {
            if (utf8.Span.SequenceEqual("\"stuck\""u8)) await release.WaitAsync(CancellationToken.None);
            return new HandlerResult(utf8.ToArray());
        });
        api.Enqueue(NextReply.Event("slow", "\"stuck\"", NextReply.DeadlineIn(TimeSpan.FromMilliseconds(600))));
        api.Enqueue(NextReply.Event("after", "\"next\"", NextReply.DeadlineIn(TimeSpan.FromSeconds(10))));
        await using var run = FunctionRun.Loop(api, handler);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var timeout = await api.NextPostAsync();
        var elapsed = clock.Elapsed;
        var next = await api.NextPostAsync();
        release.Release();

        Assert.True(timeout.IsErrorFor("slow"), timeout.Path);
        Assert.Equal("Runtime.DeadlineExceeded", timeout.Header("Lambda-Runtime-Function-Error-Type"));
        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(3));
        Assert.True(next.IsResponseTo("after"), next.Path);
        Assert.Equal("\"next\"", next.Text);
    }

    [Fact]
    public async Task RunAsync_BeforeDeadline_CancelsHandlersTokenLeavingTimeToAnswer()
    {
        await using var api = new LoopbackRuntimeApi();
        var handler = new DelegateHandler(async (_, token) =>
        {
            // A handler that honours its token still answers, and that answer is what Lambda gets.
            await Task.Delay(Timeout.Infinite, token).ContinueWith(_ => { }, TaskScheduler.Default);
            return new HandlerResult("\"sorry, call the office\""u8.ToArray());
        });
        api.Enqueue(NextReply.Event("polite", "{}", NextReply.DeadlineIn(TimeSpan.FromSeconds(1))));
        await using var run = FunctionRun.Loop(api, handler);

        var post = await api.NextPostAsync();

        Assert.True(post.IsResponseTo("polite"), post.Path);
        Assert.Equal("\"sorry, call the office\"", post.Text);
    }

    [Fact]
    public async Task RunAsync_WhenDeadlineAlreadyPassed_StillAnswers()
    {
        await using var api = new LoopbackRuntimeApi();
        var handler = new DelegateHandler((_, token) => ValueTask.FromResult(new HandlerResult(token.IsCancellationRequested ? "\"cancelled\""u8.ToArray() : "\"answered\""u8.ToArray())));
        // @vercel/fun sends Lambda-Runtime-Deadline-Ms: 5000, a moment in 1970.
        api.Enqueue(NextReply.Event("emulated", "{}", deadlineMs: 5000));
        await using var run = FunctionRun.Loop(api, handler);

        var post = await api.NextPostAsync();

        Assert.Equal("\"answered\"", post.Text);
    }

    [Fact]
    public async Task RunAsync_WhenResponseIsStale_GoesOnToTheNextEvent()
    {
        await using var api = new LoopbackRuntimeApi { PostStatus = path => path.Contains("/old/", StringComparison.Ordinal) ? 410 : 202 };
        api.Enqueue(NextReply.Event("old", "{}"u8.ToArray(), invocationId: "inv-old"));
        api.Enqueue(NextReply.Event("new", "{}"));
        await using var run = FunctionRun.Loop(api, DelegateHandler.Echo());

        var stale = await api.NextPostAsync();
        var fresh = await api.NextPostAsync();

        Assert.True(stale.IsResponseTo("old"));
        Assert.True(fresh.IsResponseTo("new"));
        await api.WaitForNextRequestsAsync(3);
        Assert.Contains("\"post\":\"stale\"", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenResponseIsTooLarge_ReportsAnErrorInstead()
    {
        await using var api = new LoopbackRuntimeApi { PostStatus = path => path.EndsWith("/response", StringComparison.Ordinal) ? 413 : 202 };
        api.Enqueue(NextReply.Event("big", "{}"));
        await using var run = FunctionRun.Loop(api, DelegateHandler.Echo());

        var response = await api.NextPostAsync();
        var error = await api.NextPostAsync();

        Assert.True(response.IsResponseTo("big"));
        Assert.True(error.IsErrorFor("big"), error.Path);
        Assert.Equal("Runtime.ResponseTooLarge", error.Header("Lambda-Runtime-Function-Error-Type"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunAsync_WhenEventIsLargerThanSixMegabytes_RefusesItUnreadAndServesTheNext(bool chunked)
    {
        await using var api = new LoopbackRuntimeApi();
        var seen = 0;
        var handler = new DelegateHandler((utf8, _) =>
        {
            Interlocked.Increment(ref seen);
            return ValueTask.FromResult(new HandlerResult(utf8.ToArray()));
        });
        api.Enqueue(NextReply.Huge("huge", 7L * 1024 * 1024, chunked));
        api.Enqueue(NextReply.Event("small", "{}"));
        await using var run = FunctionRun.Loop(api, handler);

        var refusal = await api.NextPostAsync();
        var answer = await api.NextPostAsync();

        Assert.True(refusal.IsErrorFor("huge"), refusal.Path);
        Assert.Equal("Runtime.EventTooLarge", refusal.Header("Lambda-Runtime-Function-Error-Type"));
        Assert.True(answer.IsResponseTo("small"));
        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task RunAsync_WhenRuntimeApiAnswersGarbageOrHangsUp_RetriesAndKeepsServing()
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Garbage("\u0001\u0002 this is not HTTP\r\n\r\n"));
        api.Enqueue(NextReply.Garbage("HTTP/1.1 200 OK\r\nno colon in this header\r\n\r\n"));
        api.Enqueue(NextReply.Close());
        api.Enqueue(NextReply.Garbage("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n"));
        api.Enqueue(NextReply.Garbage("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"));
        api.Enqueue(NextReply.Event("survivor", "{}"));
        await using var run = FunctionRun.Loop(api, DelegateHandler.Echo(), QuickRetries);

        var post = await api.NextPostAsync();

        Assert.True(post.IsResponseTo("survivor"), post.Path);
        Assert.False(run.Exit.IsCompleted);
        Assert.Contains("\"msg\":\"runtime-api\"", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenRuntimeApiIsSlow_WaitsAndAnswers()
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Event("patient", "{\"slow\":true}"u8.ToArray(), delay: TimeSpan.FromMilliseconds(700)));
        await using var run = FunctionRun.Loop(api, DelegateHandler.Echo());

        var post = await api.NextPostAsync();

        Assert.True(post.IsResponseTo("patient"));
        Assert.Equal("{\"slow\":true}", post.Text);
    }

    [Fact]
    public async Task RunAsync_WhenBodyIsCutShort_ReportsUnreadableEventAndKeepsServing()
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Garbage("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: cut\r\nContent-Length: 500\r\n\r\n{\"half"));
        api.Enqueue(NextReply.Event("whole", "{}"));
        await using var run = FunctionRun.Loop(api, DelegateHandler.Echo(), QuickRetries);

        var error = await api.NextPostAsync();
        var answer = await api.NextPostAsync();

        Assert.True(error.IsErrorFor("cut"), error.Path);
        Assert.Equal("Runtime.EventUnreadable", error.Header("Lambda-Runtime-Function-Error-Type"));
        Assert.True(answer.IsResponseTo("whole"));
    }

    [Fact]
    public async Task RunAsync_WhenRuntimeApiIsGone_ExitsAfterBoundedRetries()
    {
        await using var api = new LoopbackRuntimeApi();
        var address = api.Address;
        await api.DisposeAsync();
        await using var run = FunctionRun.Loop(address, DelegateHandler.Echo(), QuickRetries);

        var exit = await run.Exit.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ExitCodes.RuntimeApiLost, exit);
        Assert.Contains("\"consecutiveFailures\":10", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ExportsEachInvocationsTraceIdForTheAwsSdk()
    {
        await using var api = new LoopbackRuntimeApi();
        api.Enqueue(NextReply.Event("a", "{}"u8.ToArray(), traceId: "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"));
        api.Enqueue(NextReply.Event("b", "{}"u8.ToArray()));
        await using var run = FunctionRun.Loop(api, DelegateHandler.Echo());

        await api.NextPostAsync();
        await api.NextPostAsync();

        Assert.Equal(
            [("_X_AMZN_TRACE_ID", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"), ("_X_AMZN_TRACE_ID", (string?)null)],
            run.Environment.Writes);
    }
}
