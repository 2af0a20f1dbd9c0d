namespace Elections.Bots.Lex.Wire;

public sealed record LexDialogAction
{
    /// <summary><see cref="LexDialogActionTypes"/>; always required in a response.</summary>
    public string? Type { get; set; }

    /// <summary>Required when <see cref="Type"/> is <c>ElicitSlot</c>, absent otherwise.</summary>
    public string? SlotToElicit { get; set; }

    /// <summary><c>Default</c>, <c>SpellByLetter</c> or <c>SpellByWord</c>.</summary>
    public string? SlotElicitationStyle { get; set; }
}
