using System.CommandLine;
using System.Net;
using Elections.Bots.Cli.Common;

namespace Elections.Bots.Cli.Serve;

/// <summary>
/// <c>serve</c>: the local playground. A web chat that shows each answer as every channel renders it, an admin
/// view of the dataset, and the real <c>/lex</c> and <c>/alexa</c> handlers, on this machine only unless
/// <c>--host</c> says otherwise.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(AnswerOptions options)
    {
        var port = new Option<int>("--port")
        {
            Description = "Port to listen on (0 picks a free one).",
            DefaultValueFactory = _ => ServeSettings.DefaultPort,
        };
        var host = new Option<string>("--host")
        {
            Description = "Listen on this address instead of 127.0.0.1 (0.0.0.0: every interface). Anyone who can reach it can use the playground.",
        };
        var skillId = new Option<string>("--skill-id")
        {
            Description = "Answer /alexa only for this skill id, as the Lambda does. Default: the skill each request names.",
        };
        var command = new Command("serve", "Run the local playground: web chat with channel previews, admin view, /lex and /alexa.");
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(skillId);
        options.AddTo(command, withChannel: false);
        command.Options.Add(options.Unanswered);
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = options.Read(result);
            var serve = new ServeSettings(Address(result.GetValue(host)), Port(result.GetValue(port)), result.GetValue(skillId));
            return await RunAsync(settings, serve, Console.Out, cancellationToken, options.ReadQuestions(result));
        });
        return command;
    }

    /// <param name="questions">The playground always records unanswered questions for its admin view; with a file, there too.</param>
    public static async Task<int> RunAsync(
        AnswerSettings settings, ServeSettings serve, TextWriter output, CancellationToken cancellationToken, LocalQuestions? questions = null)
    {
        using var bot = await BotSession.OpenAsync(settings, cancellationToken, questions ?? new LocalQuestions(null));
        await using var server = await PlaygroundServer.StartAsync(bot, serve, cancellationToken);
        await output.WriteLineAsync($"{bot.Facts.JurisdictionName} — dataset {bot.Facts.DatasetVersion}");
        await output.WriteLineAsync($"Playground: {server.BaseAddress}  (admin: {server.BaseAddress}admin; Ctrl+C stops)");
        if (!serve.IsLoopbackOnly)
        {
            await output.WriteLineAsync($"warning: listening on {serve.Address}, not only this machine: anyone who can reach it can use the playground.");
        }
        await output.FlushAsync(cancellationToken);
        await server.WaitForShutdownAsync(cancellationToken);
        await bot.FlushAsync(CancellationToken.None);
        return ExitCodes.Success;
    }

    private static int Port(int port) => port is >= 0 and <= 65535
        ? port
        : throw new UsageException($"--port {port} is not a port; use 1-65535, or 0 for any free port.");

    private static IPAddress Address(string? host)
    {
        if (host is null) return IPAddress.Loopback;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return IPAddress.Loopback;
        return IPAddress.TryParse(host.Trim('[', ']'), out var address)
            ? address
            : throw new UsageException($"--host '{host}' is not an IP address; give the address to listen on, e.g. 0.0.0.0 for every interface.");
    }
}
