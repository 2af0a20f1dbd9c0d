using Elections.Bots.Core;
using Elections.Bots.Import.Csv;
using Elections.Bots.Import.Findings;

namespace Elections.Bots.Import.Golden;

/// <summary>
/// Reads <c>golden-questions.csv</c> (<c>locale,question,expected_faq_id</c>; evaluation sets name the column
/// <c>expected</c> and may hold <c>intent:NAME</c> or <c>none</c>) and, when it sits beside it,
/// <c>faq-intents.csv</c> (<c>faq_id,intents</c>: the structured intents that also answer that FAQ).
/// </summary>
public static class GoldenQuestionReader
{
    public const string IntentsFile = "faq-intents.csv";

    public static ImmutableArray<GoldenQuestion> Read(string path, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(path);
        var intents = ReadIntents(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, IntentsFile), findings);
        var table = CsvTable.Parse(Path.GetFileName(path), File.ReadAllText(path), findings);
        var questions = ImmutableArray.CreateBuilder<GoldenQuestion>();
        foreach (var row in table.Rows)
        {
            var localeText = row.GetRequired("locale");
            var question = row.GetRequired("question");
            var expected = row.GetRequired("expected_faq_id", "faq_id", "expected");
            if (localeText is not null && !LocaleTags.TryParse(localeText, out _))
            {
                row.ReportError("locale", FindingCodes.InvalidLocale, $"'{localeText}' is not a supported locale; write en-US or es-US");
                continue;
            }
            if (localeText is null || question is null || expected is null) continue;
            questions.Add(new GoldenQuestion(LocaleTags.ParseOrEnglish(localeText), question, expected,
                intents.GetValueOrDefault(expected, []), row.Line));
        }
        return questions.ToImmutable();
    }

    public static Dictionary<string, ImmutableArray<string>> ReadIntents(string path, FindingCollector findings)
    {
        var intents = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (!File.Exists(path)) return intents;
        foreach (var row in CsvTable.Parse(IntentsFile, File.ReadAllText(path), findings).Rows)
        {
            if (row.GetRequired("faq_id") is { } id && row.GetRequired("intents") is { } names)
            {
                intents[id] = [.. names.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            }
        }
        return intents;
    }
}
