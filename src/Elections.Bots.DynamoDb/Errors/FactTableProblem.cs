namespace Elections.Bots.DynamoDb.Errors;

/// <summary>What went wrong for an administrator; the CLI maps each to its own exit message.</summary>
public enum FactTableProblem
{
    TableMissing,
    WrongKeySchema,
    InvalidDataset,
    NothingPublished,
    VersionMissing,
    VersionIncomplete,
    /// <summary>The ACTIVE pointer changed under this publish or rollback (see <see cref="PublishConflictException"/>).</summary>
    Conflict,
    NoticeMissing,
    /// <summary>DynamoDB kept refusing or throttling writes after every retry; nothing was flipped.</summary>
    WriteFailed,
}
