using System.Globalization;

namespace Elections.Bots.DynamoDb.Unanswered;

/// <summary>
/// The key layout of the unanswered-questions table (its own table: UNANSWERED-TABLE.md beside this file says
/// why). One partition per local day; items expire through DynamoDB TTL on <see cref="ExpiresAt"/>.
/// </summary>
public static class UnansweredTableSchema
{
    public const string PartitionKey = "pk";
    public const string SortKey = "sk";

    /// <summary>The redacted question (≤ 300 characters).</summary>
    public const string Text = "text";

    /// <summary>"web", "sms", "connect-voice", "connect-chat", "dtmf", "alexa".</summary>
    public const string Channel = "channel";

    /// <summary>"en-US" or "es-US".</summary>
    public const string Locale = "locale";

    /// <summary>"no-match" or "close-call" (<see cref="Core.Unanswered.UnansweredReasonNames"/>).</summary>
    public const string Reason = "reason";

    /// <summary>The TTL attribute: Unix epoch seconds (N) after which DynamoDB deletes the item. Enable TTL on this name.</summary>
    public const string ExpiresAt = "expiresAt";

    /// <summary>How long a question is kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    /// <summary>"q#2027-03-09": the questions asked on that local day.</summary>
    public static string DayPartition(DateOnly day) => "q#" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A random id: unique without saying when in the day the question came.</summary>
    public static string NewSortKey() => Guid.NewGuid().ToString("N");
}
