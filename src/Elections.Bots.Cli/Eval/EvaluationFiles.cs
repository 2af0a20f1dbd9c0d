using System.Collections.Immutable;
using Elections.Bots.Core;
using Elections.Bots.Core.Understanding;
using Elections.Bots.Import;
using Elections.Bots.Import.Csv;

namespace Elections.Bots.Cli.Eval;

/// <summary>
/// Reads question sets (<c>locale,question,expected</c>; the golden file's <c>expected_faq_id</c> works too) and
/// <c>faq-intents.csv</c> (FAQ ids a structured intent also answers).
/// </summary>
internal static class EvaluationFiles
{
    public static ImmutableArray<EvaluationQuestion> ReadQuestions(string path)
    {
        var table = Read(path);
        var questions = ImmutableArray.CreateBuilder<EvaluationQuestion>(table.Rows.Length);
        foreach (var row in table.Rows)
        {
            var localeText = row.Required("locale");
            if (!LocaleTags.TryParse(localeText, out var locale))
            {
                throw row.Error("locale", $"'{localeText}' is not a supported locale; write en-US or es-US");
            }
            questions.Add(new EvaluationQuestion(locale, row.Required("question"), row.Required("expected", "expected_faq_id")));
        }
        return questions.ToImmutable();
    }

    public static IReadOnlyDictionary<string, ImmutableArray<string>> ReadEquivalentIntents(string path)
    {
        if (!File.Exists(path)) return new Dictionary<string, ImmutableArray<string>>();
        return Read(path).Rows.ToDictionary(
            row => row.Required("faq_id"),
            row => row.Required("intents").Split([' ', '|', ';'], StringSplitOptions.RemoveEmptyEntries).ToImmutableArray(),
            StringComparer.Ordinal);
    }

    private static CsvTable Read(string path)
    {
        if (!File.Exists(path)) throw new DatasetLoadException(path, null, null, "the file does not exist");
        return CsvTable.Parse(Path.GetFileName(path), File.ReadAllText(path));
    }
}
