namespace Elections.Bots.Lex.Wire;

public static class LexSlotShapes
{
    public const string Scalar = "Scalar";
    public const string List = "List";
    public const string Composite = "Composite";
}
