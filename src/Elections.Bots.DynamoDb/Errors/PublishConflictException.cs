namespace Elections.Bots.DynamoDb.Errors;

/// <summary>
/// Another publish or rollback flipped ACTIVE first. This one's version stays written and complete (it can be
/// rolled back to), but voters hear the other one. Re-run to publish on top of it.
/// </summary>
public sealed class PublishConflictException : FactTableException
{
    public PublishConflictException()
    {
    }

    public PublishConflictException(string message) : base(FactTableProblem.Conflict, message)
    {
    }

    public PublishConflictException(string message, Exception innerException)
        : base(FactTableProblem.Conflict, message, innerException)
    {
    }
}
