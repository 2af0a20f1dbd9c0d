using System.CommandLine;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Cli.Common;

/// <summary>
/// <c>--data</c>, <c>--now</c>, <c>--locale</c>, <c>--channel</c>, <c>--time-zone</c>: defined once so they mean
/// the same on chat, ask and eval.
/// </summary>
internal sealed class AnswerOptions
{
    public const string DefaultTimeZone = "America/New_York";

    public Option<string> Data { get; } = new("--data")
    {
        Description = "Dataset folder (VIP CSV feed + faq.csv). Default: the bundled Millbrook sample.",
    };

    public Option<string> Now { get; } = new("--now")
    {
        Description = "Pretend it is this local date or time, e.g. 2027-02-20 or 2027-03-09T19:30.",
    };

    public Option<string> Locale { get; } = new("--locale")
    {
        Description = "en-US or es-US.",
        DefaultValueFactory = _ => LocaleTags.EnglishUS,
    };

    public Option<string> Channel { get; } = new("--channel")
    {
        Description = "Show replies as this channel renders them: web, sms, voice or alexa.",
        DefaultValueFactory = _ => "web",
    };

    public Option<string> TimeZone { get; } = new("--time-zone")
    {
        Description = "The jurisdiction's IANA time zone.",
        DefaultValueFactory = _ => DefaultTimeZone,
    };

    public Option<string> Table { get; } = new("--table")
    {
        Description = "Answer from this DynamoDB facts table instead of a dataset folder.",
    };

    public Option<string> Endpoint { get; } = new("--endpoint")
    {
        Description = "DynamoDB endpoint URL (for example a local dynalite: http://127.0.0.1:4567).",
    };

    public Option<string> Region { get; } = new("--region")
    {
        Description = "AWS region of the table. Default: the SDK's usual configuration.",
    };

    public Option<string> Unanswered { get; } = new("--unanswered")
    {
        Description = "Append the questions the FAQ could not answer, redacted, to this JSON-lines file (read it with `report unanswered --file`).",
    };

    /// <summary><c>--unanswered</c>, for the commands that talk with voters' words (chat, serve).</summary>
    public LocalQuestions ReadQuestions(ParseResult result) => new(result.GetValue(Unanswered));

    /// <param name="withData">False for commands that bring their own files (preview): no --data or --table.</param>
    public void AddTo(Command command, bool withChannel = true, bool withData = true)
    {
        if (withData)
        {
            command.Options.Add(Data);
            command.Options.Add(Table);
            command.Options.Add(Endpoint);
            command.Options.Add(Region);
        }
        command.Options.Add(Now);
        command.Options.Add(Locale);
        if (withChannel) command.Options.Add(Channel);
        command.Options.Add(TimeZone);
    }

    /// <summary><c>--now</c> and <c>--time-zone</c> alone, for commands that judge dates but do not answer.</summary>
    public void AddClockTo(Command command)
    {
        command.Options.Add(Now);
        command.Options.Add(TimeZone);
    }

    /// <summary>The jurisdiction's zone and the pretended local time (null: the real clock).</summary>
    public (TimeZoneInfo Zone, DateTimeOffset? Now) ReadClock(ParseResult result)
    {
        var zoneId = result.GetValue(TimeZone) ?? DefaultTimeZone;
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new UsageException($"--time-zone '{zoneId}' is not a known time zone; use an IANA name like America/Chicago.");
        }
        return (zone, ParseNow(result.GetValue(Now), zone));
    }

    /// <summary>Reads the options; a wrong value is a usage error with a sentence saying what is accepted.</summary>
    public AnswerSettings Read(ParseResult result)
    {
        var (zone, now) = ReadClock(result);

        var localeText = result.GetValue(Locale);
        if (!LocaleTags.TryParse(localeText, out var locale))
        {
            throw new UsageException($"--locale '{localeText}' is not supported; use en-US or es-US.");
        }

        var channel = (result.GetValue(Channel) ?? "web").ToLowerInvariant() switch
        {
            "web" => Core.Dialog.Channel.Web,
            "sms" => Core.Dialog.Channel.Sms,
            "voice" or "connect" => Core.Dialog.Channel.ConnectVoice,
            "alexa" => Core.Dialog.Channel.Alexa,
            var other => throw new UsageException($"--channel '{other}' is not one of web, sms, voice, alexa."),
        };

        var table = result.GetValue(Table) is { Length: > 0 } name
            ? new TableSettings(name, result.GetValue(Endpoint), result.GetValue(Region))
            : null;
        if (table is not null && result.GetValue(Data) is not null)
        {
            throw new UsageException("--data and --table both name where to answer from; give one of them.");
        }
        return new AnswerSettings(DataFolder(result.GetValue(Data)), zone, now, locale, channel, table);
    }

    public static string DataFolder(string? given)
    {
        if (given is not null) return Path.GetFullPath(given);
        var bundled = Path.Combine(AppContext.BaseDirectory, "samples", "millbrook");
        return Directory.Exists(bundled) ? bundled : Path.GetFullPath(Path.Combine("samples", "millbrook"));
    }

    private static DateTimeOffset? ParseNow(string? text, TimeZoneInfo zone) => ParseLocalTime(text, zone, "--now", LocalTimeText.Midday);

    /// <summary>A local date or time in the jurisdiction's zone; a bare date means <paramref name="bareDateTime"/> into that day.</summary>
    public static DateTimeOffset? ParseLocalTime(string? text, TimeZoneInfo zone, string option, TimeSpan bareDateTime)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return LocalTimeText.TryParse(text, zone, out var local, bareDateTime)
            ? local
            : throw new UsageException($"{option} '{text}' is not a date; write {LocalTimeText.Examples}.");
    }
}
