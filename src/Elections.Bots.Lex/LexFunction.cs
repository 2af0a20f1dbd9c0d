using System.Buffers;
using System.Text.Json;
using Elections.Bots.Lex.Mapping;
using Elections.Bots.Lex.Rendering;
using Elections.Bots.Lex.Wire;

namespace Elections.Bots.Lex;

/// <summary>
/// The Lex V2 code hook: event stream in, response stream out. Nothing escapes it: input that is not a Lex event
/// gets an error body (<see cref="LexInvocationStatus.Rejected"/>), and a Lex event that cannot be answered gets a
/// valid <c>Close</c> with an apology and the office's phone. It logs nothing: the event holds the voter's words.
/// </summary>
public sealed class LexFunction(DialogTurnHandler engine, LexOptions options)
{
    /// <summary>Lex sends at most 12 KB; the cap only bounds what a CLI user or a broken client can make us buffer.</summary>
    public const int MaxInputBytes = 1024 * 1024;

    private readonly LexTurnMapper _mapper = new(options.MinimumConfidence);

    /// <summary>The function on the shared engine, apologising with the engine's fallback phone.</summary>
    public LexFunction(DialogEngine engine, EngineOptions engineOptions)
        : this(engine.HandleAsync, new LexOptions(engineOptions.FallbackPhone))
    {
    }

    public async ValueTask<Stream> HandleAsync(Stream input, CancellationToken cancellationToken) =>
        (await InvokeAsync(input, cancellationToken).ConfigureAwait(false)).OpenRead();

    public async ValueTask<LexInvocationResult> InvokeAsync(Stream input, CancellationToken cancellationToken)
    {
        if (input is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            var start = (int)memory.Position;
            return await InvokeAsync(segment.AsMemory(start, segment.Count - start), cancellationToken).ConfigureAwait(false);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length >= MaxInputBytes) return Reject(LexErrorTypes.PayloadTooLarge, $"The event is {MaxInputBytes} bytes or larger.");
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await input.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
            }
            return await InvokeAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException or OperationCanceledException)
        {
            return Reject(LexErrorTypes.UnreadableInput, "The event stream could not be read.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async ValueTask<LexInvocationResult> InvokeAsync(ReadOnlyMemory<byte> utf8Event, CancellationToken cancellationToken)
    {
        if (utf8Event.Length > MaxInputBytes) return Reject(LexErrorTypes.PayloadTooLarge, $"The event is larger than {MaxInputBytes} bytes.");

        var (lexEvent, salvaged, errorType) = LexEventReader.Read(utf8Event.Span);
        if (lexEvent is null)
        {
            return errorType == LexErrorTypes.InvalidJson
                ? Reject(LexErrorTypes.InvalidJson, "The input is not valid JSON.")
                : Reject(LexErrorTypes.NotLexEvent, "The input is not an Amazon Lex V2 code hook event.");
        }

        var turn = _mapper.Map(lexEvent);
        if (salvaged) return Respond(turn, Failure(turn), LexInvocationStatus.Recovered);

        DialogReply reply;
        try
        {
            reply = await engine(turn.Turn, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The voter must hear the office's phone whatever went wrong in the engine or the store.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Respond(turn, Failure(turn), LexInvocationStatus.Recovered);
        }
        return Respond(turn, reply, LexInvocationStatus.Answered);
    }

    private LexInvocationResult Respond(LexTurn turn, DialogReply reply, LexInvocationStatus status)
    {
        try
        {
            return new LexInvocationResult(status, Fit(turn, reply), reply);
        }
#pragma warning disable CA1031 // A reply the renderer cannot shape still owes the voter an answer.
        catch (Exception) when (status == LexInvocationStatus.Answered)
#pragma warning restore CA1031
        {
            var failure = Failure(turn);
            return new LexInvocationResult(LexInvocationStatus.Recovered, Fit(turn, failure), failure);
        }
    }

    /// <summary>
    /// Serializes the response within Lex's 25 KB: a delegating response that echoes oversized slots becomes the
    /// answer itself, and trailing messages are dropped until the rest fits.
    /// </summary>
    private byte[] Fit(LexTurn turn, DialogReply reply)
    {
        var response = LexResponseRenderer.Render(turn, reply);
        if (response.Messages is null && response.SessionState.DialogAction?.Type is LexDialogActionTypes.ElicitIntent)
        {
            response = LexResponseRenderer.Render(turn, Failure(turn));
        }
        var body = LexJson.WriteResponse(response);
        if (body.Length <= LexLimits.MaxResponseBytes) return body;

        response = LexResponseRenderer.Render(turn, reply, allowDelegate: false);
        while (true)
        {
            body = LexJson.WriteResponse(response);
            if (body.Length <= LexLimits.MaxResponseBytes || response.Messages is not { Count: > 1 } messages) return body;
            messages.RemoveAt(messages.Count - 1);
        }
    }

    private DialogReply Failure(LexTurn turn) => LexFailureReply.Create(turn.Turn.Locale, options.FallbackPhone, turn.Turn.Session);

    private static LexInvocationResult Reject(string errorType, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, LexJson.WriterOptions))
        {
            JsonSerializer.Serialize(writer, new LexError(errorType, message), LexJsonContext.Default.LexError);
        }
        return new(LexInvocationStatus.Rejected, buffer.WrittenSpan.ToArray());
    }
}
