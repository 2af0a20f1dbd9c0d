using System.Globalization;
using System.Text;
using Elections.Bots.Core;

namespace Elections.Bots.Cli.Report;

/// <summary>The report as a terminal table (top groups, text cut to fit) or as CSV (every group, full text).</summary>
internal static class UnansweredReportWriter
{
    private const int ExampleWidth = 48;
    private const int FaqWidth = 44;

    public static async Task WriteTableAsync(IReadOnlyList<UnansweredRow> rows, int questions, DateOnly from, UnansweredSettings settings, TextWriter output)
    {
        var source = settings.Table is null ? settings.File : $"table {settings.QuestionsTable}";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Unanswered questions {from:yyyy-MM-dd} to {settings.Today:yyyy-MM-dd} ({source}): {questions} in {rows.Count} groups."));
        if (rows.Count == 0)
        {
            await output.WriteLineAsync("Nothing to add: every question in this period found an answer.");
            return;
        }
        await output.WriteLineAsync($"{"#",3} {"count",5}  {"locale",-6} {"channels",-18} {"example (redacted)",-ExampleWidth}  closest FAQ entry (score)");
        foreach (var row in rows.Take(settings.Top))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{row.Rank,3} {row.Group.Count,5}  {row.Group.Locale.ToTag(),-6} {Fit(row.Channels, 18),-18} {Fit(row.Group.Example, ExampleWidth),-ExampleWidth}  {Fit(Closest(row), FaqWidth)}"));
        }
        if (rows.Count > settings.Top)
        {
            await output.WriteLineAsync($"… {rows.Count - settings.Top} more groups: --top {rows.Count} or --csv to see them all.");
        }
    }

    public static async Task WriteCsvAsync(IReadOnlyList<UnansweredRow> rows, TextWriter output)
    {
        await output.WriteLineAsync("rank,count,locale,channels,close_calls,first_day,last_day,example,wordings,closest_faq_id,closest_faq_question,closest_faq_score");
        foreach (var row in rows)
        {
            var group = row.Group;
            string[] fields =
            [
                row.Rank.ToString(CultureInfo.InvariantCulture),
                group.Count.ToString(CultureInfo.InvariantCulture),
                group.Locale.ToTag(),
                row.Channels,
                group.CloseCalls.ToString(CultureInfo.InvariantCulture),
                group.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                group.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                group.Example,
                group.Wordings.Length.ToString(CultureInfo.InvariantCulture),
                row.Closest?.Entry.Id ?? "",
                row.Closest?.Entry.Question ?? "",
                row.Closest is { } hit ? hit.Score.ToString("0.000", CultureInfo.InvariantCulture) : "",
            ];
            await output.WriteLineAsync(string.Join(',', fields.Select(Csv)));
        }
    }

    private static string Closest(UnansweredRow row) => row.Closest is { } hit
        ? string.Create(CultureInfo.InvariantCulture, $"{hit.Entry.Id} \"{hit.Entry.Question}\" ({hit.Score:0.00})")
        : "none: a new entry is needed";

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    /// <summary>
    /// RFC 4180 quoting, and a leading apostrophe on a field a spreadsheet would run as a formula: the example
    /// is a voter's words, and "=HYPERLINK(…)" typed into the chat must not become a link in the office's Excel.
    /// </summary>
    private static string Csv(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r') field = "'" + field;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) return field;
        return new StringBuilder(field.Length + 2).Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
