using System.Globalization;
using Elections.Bots.Core.Faq;
using Elections.Bots.Core.Observability;
using Elections.Bots.Core.Unanswered;

namespace Elections.Bots.Cli.Report;

/// <summary>One line of the report: a group of questions and the FAQ entry that comes closest to answering them.</summary>
internal sealed record UnansweredRow(int Rank, QuestionGroup Group, FaqHit? Closest)
{
    /// <summary>Where the questions were asked, most first: "web 3, alexa 1".</summary>
    public string Channels => string.Join(", ", Group.Channels.OrderByDescending(c => c.Value).ThenBy(c => c.Key)
        .Select(c => string.Create(CultureInfo.InvariantCulture, $"{TurnLogValues.ChannelName(c.Key)} {c.Value}")));
}
