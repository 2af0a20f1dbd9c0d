using System.Globalization;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Elections.Bots.Core.Facts;
using Elections.Bots.DynamoDb.Serialization;
using Elections.Bots.DynamoDb.Table;

namespace Elections.Bots.DynamoDb.Items;

/// <summary>
/// The ACTIVE pointer: which version voters hear, the flip counter that makes flips conditional, and the
/// notices the office set on top of whatever version is live.
/// </summary>
/// <param name="NoticesFingerprint">The stored notice JSON joined in id order: equal fingerprints, equal notices.</param>
internal sealed record ActivePointer(
    string Version,
    string? Previous,
    long Serial,
    ImmutableArray<EmergencyNotice> Notices,
    string NoticesFingerprint)
{
    public static Dictionary<string, AttributeValue> Key() =>
        AttributeValues.Key(TableSchema.ActivePartition, TableSchema.PointerSort);

    public static ActivePointer? FromItem(Dictionary<string, AttributeValue>? item)
    {
        if (item is null || item.Count == 0) return null;
        var version = item.GetString(TableSchema.Version);
        var serial = item.GetNumber(TableSchema.Serial);
        if (version is null || serial is null) return null;
        var notices = ImmutableArray.CreateBuilder<EmergencyNotice>();
        var fingerprint = string.Empty;
        if (item.TryGetValue(TableSchema.Notices, out var map) && map.M is { Count: > 0 } entries)
        {
            var ordered = entries.Where(e => e.Value.S is not null).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
            fingerprint = string.Join('\n', ordered.Select(e => e.Key + "=" + e.Value.S));
            foreach (var (_, value) in ordered)
            {
                // An unreadable notice (hand-edited item) is skipped rather than silencing every answer.
                if (TryReadNotice(value.S, out var notice)) notices.Add(notice);
            }
        }
        return new ActivePointer(version, item.GetString(TableSchema.Previous), serial.Value, notices.ToImmutable(), fingerprint);
    }

    public static string NoticeJson(EmergencyNotice notice) => JsonSerializer.Serialize(notice, FactsJson.Info<EmergencyNotice>());

    public static string SerialText(long serial) => serial.ToString(CultureInfo.InvariantCulture);

    private static bool TryReadNotice(string json, out EmergencyNotice notice)
    {
        try
        {
            notice = JsonSerializer.Deserialize(json, FactsJson.Info<EmergencyNotice>())!;
            return notice is not null && !string.IsNullOrWhiteSpace(notice.Id);
        }
        catch (JsonException)
        {
            notice = null!;
            return false;
        }
    }
}
