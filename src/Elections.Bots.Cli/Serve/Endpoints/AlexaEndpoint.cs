using System.Text.Json;
using Elections.Bots.Alexa;
using Elections.Bots.Alexa.Wire;
using Elections.Bots.Cli.Serve.Http;
using Elections.Bots.Core.Dialog;
using Microsoft.AspNetCore.Http;

namespace Elections.Bots.Cli.Serve.Endpoints;

/// <summary>
/// POST <c>/alexa</c>: an Alexa request envelope through the skill's own handler; the body is the response the
/// Lambda would return. With <c>--skill-id</c> only that skill is answered, as in Lambda; without it, the skill
/// the request names, so a developer can post their own captured requests as they are.
/// </summary>
internal sealed class AlexaEndpoint
{
    /// <summary>Stands in when a request names no skill: the handler then refuses it as the Lambda would.</summary>
    private const string NoSkillNamed = "amzn1.ask.skill.none-named";

    private readonly Func<DialogTurn, CancellationToken, ValueTask<DialogReply>> _engine;
    private readonly AlexaFunction? _pinned;

    public AlexaEndpoint(Func<DialogTurn, CancellationToken, ValueTask<DialogReply>> engine, string? skillId)
    {
        _engine = engine;
        _pinned = skillId is null ? null : Create(skillId);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var body = await JsonRequestBody.ReadAsync(context);
        if (body.Refused) return;
        var function = _pinned ?? Create(NamedSkillId(body.Json) ?? NoSkillNamed);
        var result = await function.InvokeAsync(body.Json, context.RequestAborted);
        await RawJson.WriteAsync(context, StatusOf(result.Refusal), result.Body);
    }

    private AlexaFunction Create(string skillId) =>
        new(_engine, new AlexaOptions { SkillId = skillId }, new OfflineDeviceAddressClient());

    private static string? NamedSkillId(ReadOnlyMemory<byte> json)
    {
        try
        {
            var envelope = AlexaJson.ReadRequest(json.Span);
            return envelope?.Context?.System?.Application?.ApplicationId ?? envelope?.Session?.Application?.ApplicationId;
        }
        catch (JsonException)
        {
            // The handler reads the body again and refuses it with its own words.
            return null;
        }
    }

    private static int StatusOf(AlexaRefusal? refusal) => refusal?.Reason switch
    {
        null => StatusCodes.Status200OK,
        AlexaRefusalReason.RequestTooLarge => StatusCodes.Status413PayloadTooLarge,
        AlexaRefusalReason.WrongSkill => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };
}
