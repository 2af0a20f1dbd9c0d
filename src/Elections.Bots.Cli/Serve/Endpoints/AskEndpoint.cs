using System.Text.Json;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Serve.Api;
using Elections.Bots.Cli.Serve.Http;
using Elections.Bots.Cli.Serve.Preview;
using Elections.Bots.Core;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;
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

        AskRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(body.Json.Span, ServeJsonContext.Web.AskRequest);
        }
        catch (JsonException json)
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "The body is not valid JSON: " + json.Message);
            return;
        }
        if (request is null)
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, """Send a JSON object such as {"question": "where do I vote"}.""");
            return;
        }

        var locale = bot.Settings.Locale;
        if (request.Locale is not null && !LocaleTags.TryParse(request.Locale, out locale))
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, $"locale '{request.Locale}' is not supported; use en-US or es-US.");
            return;
        }
        var clock = bot.Clock;
        if (!string.IsNullOrWhiteSpace(request.Now))
        {
            if (!LocalTimeText.TryParse(request.Now, bot.Settings.TimeZone, out var now))
            {
                await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, $"now '{request.Now}' is not a date; write {LocalTimeText.Examples}.");
                return;
            }
            clock = new FixedClock(now);
        }

        var answeredAt = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), bot.Settings.TimeZone);
        // The language chosen on the page is the channel's locale, and wins over one asked for earlier in the
        // conversation: the page follows the reply's language, so the selector and the session never disagree.
        var session = SessionStateCodec.Decode(request.Session) with { PreferredLocale = null };
        var turn = string.IsNullOrWhiteSpace(request.Question)
            ? new DialogTurn(Channel.Web, locale, IntentNames.Welcome, DialogTurn.NoSlots, null, session)
            : DialogTurn.FromText(request.Question, Channel.Web, locale, session);
        var engine = ReferenceEquals(clock, bot.Clock) ? bot.Engine : new DialogEngine(bot.Store, bot.Options, clock);
        var reply = await engine.HandleAsync(turn, context.RequestAborted);

        var response = new AskResponse(
            ReplyView.From(reply),
            SessionStateCodec.Encode(reply.Session),
            ReplyRenderings.Render(reply),
            TraceView.From(reply.Trace, await FactsForNamesAsync(context.RequestAborted)),
            LocalTimeText.Format(answeredAt));
        await context.Response.WriteAsJsonAsync(response, ServeJsonContext.Web.AskResponse, cancellationToken: context.RequestAborted);
    }

    /// <summary>Only to name the precinct and places in the trace; an unreachable store leaves the ids alone.</summary>
    private async Task<ElectionFacts?> FactsForNamesAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await bot.Store.GetFactsAsync(cancellationToken);
        }
        catch (FactStoreUnavailableException)
        {
            return null;
        }
    }
}
