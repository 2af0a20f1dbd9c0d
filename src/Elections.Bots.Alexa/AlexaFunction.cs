using System.Buffers;
using Elections.Bots.Alexa.DeviceAddress;
using Elections.Bots.Alexa.Mapping;
using Elections.Bots.Alexa.Rendering;
using Elections.Bots.Alexa.Verification;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Alexa;

/// <summary>
/// The Alexa skill endpoint: request envelope in, response envelope out. It verifies the skill id, maps the
/// request to a turn, fills in the device's address when the voter allowed it, asks the engine, and renders
/// the reply within Alexa's limits. It never throws for a bad request (only when cancelled): what it cannot
/// answer it refuses, and it logs nothing, so nothing the voter said or where they live is written anywhere.
/// </summary>
public sealed class AlexaFunction
{
    private readonly Func<DialogTurn, CancellationToken, ValueTask<DialogReply>> _engine;
    private readonly AlexaOptions _options;
    private readonly IDeviceAddressClient _deviceAddress;
    private readonly SkillIdVerifier _verifier;

    public AlexaFunction(DialogEngine engine, AlexaOptions options, IDeviceAddressClient deviceAddress)
        : this(HandlerOf(engine), options, deviceAddress)
    {
    }

    /// <param name="engine">Answers one turn: the dialog engine's <c>HandleAsync</c>, or a stand-in in tests.</param>
    public AlexaFunction(
        Func<DialogTurn, CancellationToken, ValueTask<DialogReply>> engine,
        AlexaOptions options,
        IDeviceAddressClient deviceAddress)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(deviceAddress);
        _engine = engine;
        _options = options;
        _deviceAddress = deviceAddress;
        _verifier = new SkillIdVerifier(options.SkillId);
    }

    /// <summary>The Lambda handler shape (Stream in, Stream out); a refusal's body is a Lambda error document.</summary>
    public async ValueTask<Stream> HandleAsync(Stream input, CancellationToken cancellationToken) =>
        (await InvokeAsync(input, cancellationToken).ConfigureAwait(false)).OpenRead();

    /// <summary>Like <see cref="HandleAsync"/>, and says whether the request was refused (post it to /error then).</summary>
    public async ValueTask<AlexaInvocation> InvokeAsync(Stream input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input is MemoryStream memory && memory.TryGetBuffer(out var whole))
        {
            var unread = whole.AsMemory((int)memory.Position);
            return await InvokeAsync(unread, cancellationToken).ConfigureAwait(false);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > _options.MaxRequestBytes) return Refuse(AlexaRefusalReason.RequestTooLarge, "the request body is larger than any Alexa request");
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
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            return Refuse(AlexaRefusalReason.UnreadableRequest, "the request body could not be read");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One request from UTF-8 JSON (the CLI and benchmarks call this directly).</summary>
    public async ValueTask<AlexaInvocation> InvokeAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        if (utf8.Length > _options.MaxRequestBytes)
        {
            return Refuse(AlexaRefusalReason.RequestTooLarge, "the request body is larger than any Alexa request");
        }
        RequestEnvelope? envelope;
        try
        {
            envelope = AlexaJson.ReadRequest(utf8.Span);
        }
        catch (JsonException)
        {
            return Refuse(AlexaRefusalReason.MalformedRequest, "the body is not an Alexa request envelope (invalid JSON or a field of the wrong type)");
        }
        if (envelope?.Request?.Type is not { } type)
        {
            return Refuse(AlexaRefusalReason.MalformedRequest, "the request has no request.type");
        }
        switch (_verifier.Check(envelope))
        {
            case SkillIdCheck.Missing:
                return Refuse(AlexaRefusalReason.WrongSkill, "the request names no skill id");
            case SkillIdCheck.NotOurs:
                return Refuse(AlexaRefusalReason.WrongSkill, "the request is for another skill");
        }

        if (type is RequestTypes.Launch or RequestTypes.Intent)
        {
            var (response, reply) = await AnswerAsync(envelope, cancellationToken).ConfigureAwait(false);
            return new AlexaInvocation(Write(response, envelope), Reply: reply);
        }
        return new AlexaInvocation(Write(type == RequestTypes.CanFulfillIntent
            ? new ResponseEnvelope { Response = new ResponseBody { CanFulfillIntent = CanFulfillEvaluator.Evaluate(envelope.Request.Intent) } }
            // SessionEndedRequest and System.ExceptionEncountered take no speech; player and other events need
            // no answer from a skill that uses no player.
            : ResponseRenderer.Empty(), envelope));
    }

    /// <summary>
    /// Text that JSON cannot carry is refused when the request is read, so writing cannot fail on it; should a
    /// future reply carry some anyway, the voter hears the apology rather than nothing.
    /// </summary>
    private static byte[] Write(ResponseEnvelope response, RequestEnvelope envelope)
    {
        try
        {
            return ResponseSizeGuard.Write(response);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            var locale = Core.LocaleTags.ParseOrEnglish(envelope.Request?.Locale);
            return ResponseSizeGuard.Write(ResponseRenderer.Apology(locale, locale));
        }
    }

    private async ValueTask<(ResponseEnvelope Response, DialogReply? Reply)> AnswerAsync(RequestEnvelope envelope, CancellationToken cancellationToken)
    {
        var turn = TurnMapper.ToTurn(envelope);
        var deviceLocale = turn.Locale;
        try
        {
            var isIntent = envelope.Request?.Type == RequestTypes.Intent;
            var askPermission = false;
            if (isIntent && NeedsAddress(turn))
            {
                var lookup = await LookUpDeviceAddressAsync(envelope, cancellationToken).ConfigureAwait(false);
                if (lookup is { Status: DeviceAddressStatus.Found, Address: { } address })
                {
                    turn = turn with { Slots = WithSlot(turn.Slots, SlotNames.Address, address) };
                }
                askPermission = lookup.Status == DeviceAddressStatus.PermissionDenied;
            }
            var reply = await _engine(turn, cancellationToken).ConfigureAwait(false);
            return (ResponseRenderer.Render(reply, new RenderContext(deviceLocale, isIntent, askPermission, _options.UseDialogDirectives)), reply);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The engine turns store failures into replies itself; reaching this is a bug, and the voter still
            // hears a sentence rather than Alexa's "there was a problem with the skill's response".
            return (ResponseRenderer.Apology(turn.Session.PreferredLocale ?? deviceLocale, deviceLocale), null);
        }
    }

    /// <summary>Only where-to-vote questions need an address, and only when the voter has not given one yet.</summary>
    private static bool NeedsAddress(DialogTurn turn) =>
        turn.Intent is { } intent && IntentNames.UsesAddress(intent)
        && turn.Slot(SlotNames.Address) is null
        && string.IsNullOrWhiteSpace(turn.Session.Address);

    private async ValueTask<DeviceAddressLookup> LookUpDeviceAddressAsync(RequestEnvelope envelope, CancellationToken cancellationToken)
    {
        var system = envelope.Context?.System;
        // Alexa includes a consent token once the voter has granted a permission; without one the API can only say 403.
        var consent = system?.User?.Permissions?.ConsentToken ?? envelope.Session?.User?.Permissions?.ConsentToken;
        if (string.IsNullOrEmpty(consent)) return DeviceAddressLookup.PermissionDenied;
        if (system is not { ApiEndpoint: { } endpoint, ApiAccessToken: { } token, Device.DeviceId: { } deviceId })
        {
            return DeviceAddressLookup.Unavailable;
        }
        return await _deviceAddress.GetAddressAsync(new DeviceAddressQuery(endpoint, deviceId, token), cancellationToken)
            .ConfigureAwait(false);
    }

    private static Func<DialogTurn, CancellationToken, ValueTask<DialogReply>> HandlerOf(DialogEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return engine.HandleAsync;
    }

    private static Dictionary<string, string> WithSlot(IReadOnlyDictionary<string, string> slots, string name, string value) =>
        new(slots, StringComparer.Ordinal) { [name] = value };

    private static AlexaInvocation Refuse(AlexaRefusalReason reason, string message)
    {
        var refusal = new AlexaRefusal(reason, message);
        var body = AlexaJson.Write(new RefusalBody { ErrorType = refusal.ErrorType, ErrorMessage = message });
        return new AlexaInvocation(body, refusal);
    }
}
