using System.Text.Json;

namespace Elections.Bots.Lex.Wire.Writing;

/// <summary>Member names of the response, encoded once.</summary>
internal static class Names
{
    public static readonly JsonEncodedText SessionState = JsonEncodedText.Encode("sessionState");
    public static readonly JsonEncodedText Messages = JsonEncodedText.Encode("messages");
    public static readonly JsonEncodedText RequestAttributes = JsonEncodedText.Encode("requestAttributes");
    public static readonly JsonEncodedText SessionAttributes = JsonEncodedText.Encode("sessionAttributes");
    public static readonly JsonEncodedText DialogAction = JsonEncodedText.Encode("dialogAction");
    public static readonly JsonEncodedText Intent = JsonEncodedText.Encode("intent");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText SlotToElicit = JsonEncodedText.Encode("slotToElicit");
    public static readonly JsonEncodedText SlotElicitationStyle = JsonEncodedText.Encode("slotElicitationStyle");
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Slots = JsonEncodedText.Encode("slots");
    public static readonly JsonEncodedText State = JsonEncodedText.Encode("state");
    public static readonly JsonEncodedText ConfirmationState = JsonEncodedText.Encode("confirmationState");
    public static readonly JsonEncodedText Shape = JsonEncodedText.Encode("shape");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    public static readonly JsonEncodedText Values = JsonEncodedText.Encode("values");
    public static readonly JsonEncodedText SubSlots = JsonEncodedText.Encode("subSlots");
    public static readonly JsonEncodedText OriginalValue = JsonEncodedText.Encode("originalValue");
    public static readonly JsonEncodedText InterpretedValue = JsonEncodedText.Encode("interpretedValue");
    public static readonly JsonEncodedText ContentType = JsonEncodedText.Encode("contentType");
    public static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");
    public static readonly JsonEncodedText ImageResponseCard = JsonEncodedText.Encode("imageResponseCard");
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    public static readonly JsonEncodedText Subtitle = JsonEncodedText.Encode("subtitle");
    public static readonly JsonEncodedText ImageUrl = JsonEncodedText.Encode("imageUrl");
    public static readonly JsonEncodedText Buttons = JsonEncodedText.Encode("buttons");
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
}
