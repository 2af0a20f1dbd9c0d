namespace Elections.Bots.Cli.Serve.Api;

/// <summary>GET <c>/api/admin</c>: what the bot answers from right now, for the office's staff.</summary>
/// <param name="Source">The dataset folder or the DynamoDB table the server reads.</param>
/// <param name="Now">The server's local time (ISO 8601); pinned when <see cref="ClockPinned"/> (<c>--now</c>).</param>
internal sealed record AdminSummary(
    string Jurisdiction,
    string DatasetVersion,
    string Source,
    string Now,
    bool ClockPinned,
    string TimeZone,
    string DefaultLocale,
    OfficeView Office,
    DatasetCounts Counts,
    IReadOnlyList<ElectionView> Elections,
    IReadOnlyList<NoticeView> ActiveNotices,
    UnansweredView Unanswered);
