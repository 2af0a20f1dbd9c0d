using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Cli.Common;

/// <summary>The options every answering command shares, already parsed.</summary>
/// <param name="Table">Answer from this DynamoDB table instead of <see cref="DataDirectory"/>.</param>
internal sealed record AnswerSettings(
    string DataDirectory,
    TimeZoneInfo TimeZone,
    DateTimeOffset? Now,
    Locale Locale,
    Channel Channel,
    TableSettings? Table = null);
