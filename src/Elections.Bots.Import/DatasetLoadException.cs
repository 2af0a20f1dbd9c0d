namespace Elections.Bots.Import;

/// <summary>
/// A dataset file that cannot be used, said the way an administrator can act on it: which file, which line and
/// column, and what to fix.
/// </summary>
public sealed class DatasetLoadException : Exception
{
    public DatasetLoadException(string fileName, int? line, int? column, string problem)
        : base(Format(fileName, line, column, problem))
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public DatasetLoadException()
    {
        FileName = string.Empty;
        Problem = string.Empty;
    }

    public DatasetLoadException(string message) : base(message)
    {
        FileName = string.Empty;
        Problem = message;
    }

    public DatasetLoadException(string message, Exception innerException) : base(message, innerException)
    {
        FileName = string.Empty;
        Problem = message;
    }

    public string FileName { get; }
    public int? Line { get; }
    public int? Column { get; }
    public string Problem { get; }

    private static string Format(string fileName, int? line, int? column, string problem) =>
        (line, column) switch
        {
            (null, _) => $"{fileName}: {problem}",
            (_, null) => $"{fileName}, line {line}: {problem}",
            _ => $"{fileName}, line {line}, column {column}: {problem}",
        };
}
