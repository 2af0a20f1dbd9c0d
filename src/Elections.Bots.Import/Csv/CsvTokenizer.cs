using System.Text;

namespace Elections.Bots.Import.Csv;

/// <summary>Splits CSV text into records of fields (RFC 4180), remembering each record's first line.</summary>
internal static class CsvTokenizer
{
    internal sealed record Record(int Line, List<string> Fields);

    public static List<Record> Tokenize(string fileName, string content)
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldStarted = false;
        var i = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;

        for (; i < content.Length; i++)
        {
            var c = content[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < content.Length && content[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }

            switch (c)
            {
                case '"' when !fieldStarted || field.ToString().Trim().Length == 0:
                    field.Clear();
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    records.Add(new Record(recordLine, fields));
                    fields = [];
                    field.Clear();
                    fieldStarted = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new DatasetLoadException(fileName, recordLine, fields.Count + 1,
                "a quoted value is never closed; add the missing double quote (\")");
        }
        if (fieldStarted || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new Record(recordLine, fields));
        }
        return records;
    }
}
