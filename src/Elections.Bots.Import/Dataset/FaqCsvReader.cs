using Elections.Bots.Core;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;

namespace Elections.Bots.Import.Dataset;

/// <summary>
/// Reads the office's FAQ: <c>id,locale,category,question,answer,alternates,voice,sms,url,valid_from,valid_until,source</c>,
/// one row per question per locale, alternates separated by " | ".
/// </summary>
public static class FaqCsvReader
{
    public static ImmutableArray<FaqEntry> Read(CsvTable table)
    {
        var entries = ImmutableArray.CreateBuilder<FaqEntry>(table.Rows.Length);
        var seen = new HashSet<(string, Locale)>();
        foreach (var row in table.Rows)
        {
            var id = row.Required("id");
            var localeText = row.Required("locale");
            if (!LocaleTags.TryParse(localeText, out var locale))
            {
                throw row.Error("locale", $"'{localeText}' is not a supported locale; write en-US or es-US");
            }
            if (!seen.Add((id, locale)))
            {
                throw row.Error("id", $"'{id}' already has a {locale.ToTag()} row; each id has one row per locale");
            }
            var alternates = row.Get("alternates") is { } text
                ? text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray()
                : [];
            var validFrom = FeedValues.Date(row, "valid_from");
            var validUntil = FeedValues.Date(row, "valid_until");
            if (validFrom > validUntil)
            {
                throw row.Error("valid_until", "valid_until is before valid_from");
            }
            entries.Add(new FaqEntry(id, locale, row.Get("category") ?? "general", row.Required("question"),
                row.Required("answer"), alternates, row.Get("voice"), row.Get("sms"), row.Get("url"),
                validFrom, validUntil, row.Get("source")));
        }
        return entries.ToImmutable();
    }
}
