using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Serve.Endpoints;
using Elections.Bots.Cli.Serve.Http;
using Elections.Bots.Lex;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Elections.Bots.Cli.Serve;

/// <summary>Every path the playground answers. Anything else is a 404; a wrong method a 405.</summary>
internal static class PlaygroundRoutes
{
    public const string Lex = "/lex";
    public const string Alexa = "/alexa";
    public const string Ask = "/api/ask";
    public const string AdminApi = "/api/admin";
    public const string ChatPage = "/";
    public const string AdminPage = "/admin";

    public static void Map(IEndpointRouteBuilder routes, BotSession bot, ServeSettings settings)
    {
        var assets = PageAssets.Load();
        // RequestDelegate endpoints: no reflection-built parameter binding, so the AOT analyzers stay quiet.
        routes.MapPost(Lex, new RequestDelegate(new LexEndpoint(new LexFunction(bot.AnswerAsync, new LexOptions(bot.Options.FallbackPhone))).HandleAsync));
        routes.MapPost(Alexa, new RequestDelegate(new AlexaEndpoint(bot.AnswerAsync, settings.AlexaSkillId).HandleAsync));
        routes.MapPost(Ask, new RequestDelegate(new AskEndpoint(bot).HandleAsync));
        routes.MapGet(AdminApi, new RequestDelegate(new AdminEndpoint(bot).HandleAsync));
        routes.MapGet(ChatPage, context => assets.WriteAsync(context, "index.html"));
        routes.MapGet(AdminPage, context => assets.WriteAsync(context, "admin.html"));
        routes.MapGet("/assets/{name}", context => assets.WriteAsync(context, context.Request.RouteValues["name"] as string ?? string.Empty));
    }
}
