using System.Text.Json;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Serve.Api;
using Elections.Bots.Cli.Serve.Http;
using Elections.Bots.Cli.Serve.Preview;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Microsoft.AspNetCore.Http;

namespace Elections.Bots.Cli.Serve.Endpoints;

/// <summary>
/// POST <c>/api/ask</c>: the page's turn. The engine answers as on the web channel; the reply comes back with
/// every channel's rendering, the facts that answered, and the session to send with the next turn.
/// </summary>
internal sealed class AskEndpoint(BotSession bot)
{
    public async Task HandleAsync(HttpContext context)
    {
        var body = await JsonRequestBody.ReadAsync(context);
        if (body.Refused) return;
        var (turn, clock, problem) = Read(body.Json.Span);
        if (problem is not null)
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, problem);
            return;
        }

        var answeredAt = TimeZoneInfo.ConvertTime(clock!.GetUtcNow(), bot.Settings.TimeZone);
        var reply = await bot.AnswererAt(clock)(turn!, context.RequestAborted);
        var response = new AskResponse(
            ReplyView.From(reply),
            SessionStateCodec.Encode(reply.Session),
            ReplyRenderings.Render(reply),
            // The facts only name the precinct and places in the trace; without them the ids stand alone.
            TraceView.From(reply.Trace, await CurrentFacts.ReadAsync(bot.Store, context.RequestAborted)),
            LocalTimeText.Format(answeredAt));
        await context.Response.WriteAsJsonAsync(response, ServeJsonContext.Web.AskResponse, cancellationToken: context.RequestAborted);
    }

    /// <summary>The turn and the clock to answer it by, or a sentence saying which field is wrong.</summary>
    private (DialogTurn? Turn, TimeProvider? Clock, string? Problem) Read(ReadOnlySpan<byte> json)
    {
        AskRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(json, ServeJsonContext.Web.AskRequest);
        }
        catch (JsonException invalid)
        {
            return (null, null, "The body is not valid JSON: " + invalid.Message);
        }
        if (request is null) return (null, null, """Send a JSON object such as {"question": "where do I vote"}.""");

        var locale = bot.Settings.Locale;
        if (request.Locale is not null && !LocaleTags.TryParse(request.Locale, out locale))
        {
            return (null, null, $"locale '{request.Locale}' is not supported; use en-US or es-US.");
        }
        var clock = bot.Clock;
        if (!string.IsNullOrWhiteSpace(request.Now))
        {
            if (!LocalTimeText.TryParse(request.Now, bot.Settings.TimeZone, out var now))
            {
                return (null, null, $"now '{request.Now}' is not a date; write {LocalTimeText.Examples}.");
            }
            clock = new FixedClock(now);
        }

        // The language chosen on the page is the channel's locale, and wins over one asked for earlier in the
        // conversation: the page follows the reply's language, so the selector and the session never disagree.
        var session = SessionStateCodec.Decode(request.Session) with { PreferredLocale = null };
        var turn = string.IsNullOrWhiteSpace(request.Question)
            ? new DialogTurn(Channel.Web, locale, IntentNames.Welcome, DialogTurn.NoSlots, null, session)
            : DialogTurn.FromText(request.Question, Channel.Web, locale, session);
        return (turn, clock, null);
    }
}
