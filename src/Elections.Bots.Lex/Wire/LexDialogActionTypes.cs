namespace Elections.Bots.Lex.Wire;

public static class LexDialogActionTypes
{
    public const string Close = "Close";
    public const string ConfirmIntent = "ConfirmIntent";
    public const string Delegate = "Delegate";
    public const string ElicitIntent = "ElicitIntent";
    public const string ElicitSlot = "ElicitSlot";
}
