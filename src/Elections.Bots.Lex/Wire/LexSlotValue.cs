namespace Elections.Bots.Lex.Wire;

public sealed record LexSlotValue
{
    /// <summary>The words the voter used for the slot.</summary>
    public string? OriginalValue { get; set; }

    /// <summary>Lex's resolution; missing when nothing resolved.</summary>
    public string? InterpretedValue { get; set; }
}
