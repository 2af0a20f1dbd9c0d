using System.CommandLine;
using Elections.Bots.Cli.Common;

namespace Elections.Bots.Cli.Validate;

/// <summary><c>FEED [--faq FILE] [--notices FILE] [--golden FILE] [--now] [--time-zone]</c>: the files validate and publish check.</summary>
internal sealed class FeedOptions(AnswerOptions clock, bool faqRequired)
{
    public Argument<string> Feed { get; } = new("feed") { Description = "The VIP 5.x feed: a folder or .zip of .txt/.csv files, or one .xml file." };

    public Option<string> Faq { get; } = new("--faq") { Description = "The office's FAQ, .csv or .xlsx (first sheet).", Required = faqRequired };

    public Option<string> Notices { get; } = new("--notices") { Description = "Optional notices.csv." };

    public Option<string> Golden { get; } = new("--golden")
    {
        Description = "golden-questions.csv: questions the bot must answer right (faq-intents.csv beside it is read too).",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Feed);
        command.Options.Add(Faq);
        command.Options.Add(Notices);
        command.Options.Add(Golden);
        clock.AddClockTo(command);
    }

    public ValidateRequest Read(ParseResult result)
    {
        var (zone, now) = clock.ReadClock(result);
        return new ValidateRequest(result.GetValue(Feed)!, result.GetValue(Faq), result.GetValue(Notices), result.GetValue(Golden), zone, now);
    }
}
