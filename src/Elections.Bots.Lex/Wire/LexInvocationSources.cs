namespace Elections.Bots.Lex.Wire;

public static class LexInvocationSources
{
    /// <summary>After each voter input, to validate slots and decide what to ask next.</summary>
    public const string DialogCodeHook = "DialogCodeHook";

    /// <summary>When the intent is ready to fulfil.</summary>
    public const string FulfillmentCodeHook = "FulfillmentCodeHook";
}
