using Amazon.DynamoDBv2.Model;
using Elections.Bots.Core;
using Elections.Bots.Core.Observability;
using Elections.Bots.Core.Unanswered;
using Elections.Bots.DynamoDb.Items;
using S = Elections.Bots.DynamoDb.Unanswered.UnansweredTableSchema;

namespace Elections.Bots.DynamoDb.Unanswered;

/// <summary>An unanswered question as a table item and back. The item holds exactly the record's fields and its expiry.</summary>
internal static class UnansweredItems
{
    public static Dictionary<string, AttributeValue> ToItem(UnansweredQuestion question, DateTimeOffset now) => new(7)
    {
        [S.PartitionKey] = AttributeValues.S(S.DayPartition(question.Day)),
        [S.SortKey] = AttributeValues.S(S.NewSortKey()),
        [S.Text] = AttributeValues.S(question.Text),
        [S.Channel] = AttributeValues.S(TurnLogValues.ChannelName(question.Channel)),
        [S.Locale] = AttributeValues.S(question.Locale.ToTag()),
        [S.Reason] = AttributeValues.S(question.Reason.Name()),
        [S.ExpiresAt] = AttributeValues.N((now + S.Retention).ToUnixTimeSeconds()),
    };

    /// <summary>The question, or null for an item that is not one (a foreign item, an expired one TTL has not removed yet).</summary>
    public static UnansweredQuestion? FromItem(Dictionary<string, AttributeValue> item, DateOnly day, DateTimeOffset now)
    {
        if (item.GetString(S.Text) is not { Length: > 0 } text) return null;
        if (item.GetNumber(S.ExpiresAt) is not { } expires || expires <= now.ToUnixTimeSeconds()) return null;
        if (!TurnLogValues.TryParseChannel(item.GetString(S.Channel), out var channel)) return null;
        return new UnansweredQuestion(text, channel, LocaleTags.ParseOrEnglish(item.GetString(S.Locale)), day,
            UnansweredReasonNames.Parse(item.GetString(S.Reason)));
    }
}
