using Elections.Bots.Core;
using Elections.Bots.Core.Facts;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Vip;

namespace Elections.Bots.Import.Faq;

/// <summary>
/// Reads the office's FAQ: <c>id,locale,category,question,answer,alternates,voice,sms,url,valid_from,valid_until,source</c>,
/// one row per question per locale, alternates separated by " | ". The same columns come from a CSV file or the
/// first sheet of an .xlsx workbook.
/// </summary>
public static class FaqCsvReader
{
    /// <summary>One text message: longer and the carrier splits it, or the channel cuts it.</summary>
    public const int MaxSmsLength = 160;

    public static ImmutableArray<FaqEntry> Read(CsvTable table) => Read(table, null);

    /// <param name="today">The jurisdiction's date, to warn about entries already expired; null skips that check.</param>
    public static ImmutableArray<FaqEntry> Read(CsvTable table, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(table);
        var entries = ImmutableArray.CreateBuilder<FaqEntry>(table.Rows.Length);
        var rowsById = new Dictionary<string, (CsvRow Row, HashSet<Locale> Locales)>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row.GetRequired("id");
            var localeText = row.GetRequired("locale");
            var question = row.GetRequired("question");
            var answer = row.GetRequired("answer");
            Locale locale = default;
            if (localeText is not null && !LocaleTags.TryParse(localeText, out locale))
            {
                row.ReportError("locale", FindingCodes.InvalidLocale, $"'{localeText}' is not a supported locale; write en-US or es-US");
                localeText = null;
            }
            if (id is not null && localeText is not null)
            {
                if (!rowsById.TryGetValue(id, out var seen)) rowsById[id] = seen = (row, []);
                if (!seen.Locales.Add(locale))
                {
                    row.ReportError("id", FindingCodes.Duplicates, $"'{id}' already has a {locale.ToTag()} row; each id has one row per locale");
                    continue;
                }
            }
            var alternates = row.Get("alternates") is { } text
                ? text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray()
                : [];
            var validFrom = FeedValues.Date(row, "valid_from");
            var validUntil = FeedValues.Date(row, "valid_until");
            if (validFrom > validUntil)
            {
                row.ReportError("valid_until", FindingCodes.DateOrder, "valid_until is before valid_from; the entry would never be said");
                continue;
            }
            if (validUntil < today)
            {
                row.ReportWarning("valid_until", FindingCodes.FaqExpired, $"'{id}' expired on {validUntil:yyyy-MM-dd} and will never be said; update or remove it");
            }
            if (row.Get("sms") is { Length: > MaxSmsLength } sms)
            {
                row.ReportError("sms", FindingCodes.SmsTooLong, $"the sms answer is {sms.Length} characters; one text message holds {MaxSmsLength} — shorten it");
            }
            ValueChecks.Uri(row, "url");
            if (id is null || localeText is null || question is null || answer is null) continue;
            entries.Add(new FaqEntry(id, locale, row.Get("category") ?? "general", question, answer, alternates,
                row.Get("voice"), row.Get("sms"), row.Get("url"), validFrom, validUntil, row.Get("source")));
        }
        foreach (var (id, (row, locales)) in rowsById)
        {
            if (locales.Count == 1)
            {
                var missing = locales.Contains(Locale.English) ? LocaleTags.SpanishUS : LocaleTags.EnglishUS;
                row.ReportWarning("locale", FindingCodes.FaqMissingLocale, $"'{id}' has no {missing} row; voters asking in that language will not get this answer");
            }
        }
        return entries.ToImmutable();
    }
}
