namespace Elections.Bots.Import.Findings;

/// <summary>How much a finding matters: an error blocks publishing, a warning and a note do not.</summary>
public enum FindingSeverity
{
    Error,
    Warning,
    Note,
}
