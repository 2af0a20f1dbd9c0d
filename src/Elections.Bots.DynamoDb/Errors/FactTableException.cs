namespace Elections.Bots.DynamoDb.Errors;

/// <summary>
/// An administrator's operation on the facts table could not be done. The message says what and what to do;
/// voters never see it (the store turns its own failures into stale answers or the office's phone).
/// </summary>
public class FactTableException : Exception
{
    public FactTableException()
    {
    }

    public FactTableException(string message) : base(message)
    {
    }

    public FactTableException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public FactTableException(FactTableProblem problem, string message, Exception? innerException = null)
        : base(message, innerException) => Problem = problem;

    public FactTableProblem Problem { get; }
}
