namespace Elections.Bots.Lex.Wire;

/// <summary>
/// A slot of any <see cref="LexSlotShapes"/>: Scalar uses <see cref="Value"/>; List also carries one Scalar per
/// item in <see cref="Values"/>; Composite carries <see cref="SubSlots"/>. The shape may be absent on plain slots.
/// </summary>
public sealed record LexSlot
{
    public string? Shape { get; set; }

    public LexSlotValue? Value { get; set; }

    public List<LexSlot?>? Values { get; set; }

    [JsonConverter(typeof(LexSlotMapConverter))]
    public Dictionary<string, LexSlot?>? SubSlots { get; set; }
}
