namespace Elections.Bots.Alexa.Wire.Reading;

/// <summary>The <c>request</c> member of the envelope: the request itself, its intent, slots and entity resolution.</summary>
internal static class RequestBodyReader
{
    public static AlexaRequest? Request(ref Utf8JsonReader reader) =>
        JsonRead.Object(ref reader, new AlexaRequest(), static (ref Utf8JsonReader reader, AlexaRequest request) =>
        {
            if (JsonRead.Is(ref reader, "type"u8)) request.Type = JsonRead.String(ref reader, WireVocabulary.Types);
            else if (JsonRead.Is(ref reader, "intent"u8)) request.Intent = Intent(ref reader);
            else if (JsonRead.Is(ref reader, "locale"u8)) request.Locale = JsonRead.String(ref reader, WireVocabulary.Locales);
            else if (JsonRead.Is(ref reader, "timestamp"u8)) request.Timestamp = TolerantTimestampConverter.ReadValue(ref reader);
            else if (JsonRead.Is(ref reader, "requestId"u8)) request.RequestId = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "dialogState"u8)) request.DialogState = JsonRead.String(ref reader, WireVocabulary.Statuses);
            else if (JsonRead.Is(ref reader, "reason"u8)) request.Reason = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "error"u8)) request.Error = Error(ref reader);
            else if (JsonRead.Is(ref reader, "cause"u8)) request.Cause = Cause(ref reader);
            else return false;
            return true;
        });

    private static Intent? Intent(ref Utf8JsonReader reader) =>
        JsonRead.Object(ref reader, new Intent(), static (ref Utf8JsonReader reader, Intent intent) =>
        {
            if (JsonRead.Is(ref reader, "name"u8)) intent.Name = JsonRead.String(ref reader, WireVocabulary.Names);
            else if (JsonRead.Is(ref reader, "slots"u8)) intent.Slots = Slots(ref reader);
            else if (JsonRead.Is(ref reader, "confirmationStatus"u8)) intent.ConfirmationStatus = JsonRead.String(ref reader, WireVocabulary.Statuses);
            else return false;
            return true;
        });

    private static Dictionary<string, Slot?>? Slots(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var slots = new Dictionary<string, Slot?>(StringComparer.Ordinal);
        while (JsonRead.NextProperty(ref reader))
        {
            var name = JsonRead.PropertyName(ref reader, WireVocabulary.Names);
            JsonRead.Advance(ref reader);
            slots[name] = Slot(ref reader);
        }
        return slots;
    }

    private static Slot? Slot(ref Utf8JsonReader reader) =>
        JsonRead.Object(ref reader, new Slot(), static (ref Utf8JsonReader reader, Slot slot) =>
        {
            if (JsonRead.Is(ref reader, "value"u8)) slot.Value = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "name"u8)) slot.Name = JsonRead.String(ref reader, WireVocabulary.Names);
            else if (JsonRead.Is(ref reader, "resolutions"u8)) slot.Resolutions = Resolutions(ref reader);
            else if (JsonRead.Is(ref reader, "confirmationStatus"u8)) slot.ConfirmationStatus = JsonRead.String(ref reader, WireVocabulary.Statuses);
            else if (JsonRead.Is(ref reader, "slotValue"u8)) slot.SlotValue = SlotValue(ref reader);
            else return false;
            return true;
        });

    private static SlotValue? SlotValue(ref Utf8JsonReader reader) =>
        JsonRead.Object(ref reader, new SlotValue(), static (ref Utf8JsonReader reader, SlotValue value) =>
        {
            if (JsonRead.Is(ref reader, "type"u8)) value.Type = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "value"u8)) value.Value = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "resolutions"u8)) value.Resolutions = Resolutions(ref reader);
            else if (JsonRead.Is(ref reader, "values"u8)) value.Values = JsonRead.Array(ref reader, SlotValue);
            else return false;
            return true;
        });

    private static Resolutions? Resolutions(ref Utf8JsonReader reader) =>
        JsonRead.Object(ref reader, new Resolutions(), static (ref Utf8JsonReader reader, Resolutions resolutions) =>
        {
            if (JsonRead.Is(ref reader, "resolutionsPerAuthority"u8)) resolutions.ResolutionsPerAuthority = JsonRead.Array(ref reader, Resolution);
            else return false;
            return true;
        });

    private static Resolution? Resolution(ref Utf8JsonReader reader) =>
        JsonRead.Object(ref reader, new Resolution(), static (ref Utf8JsonReader reader, Resolution resolution) =>
        {
            if (JsonRead.Is(ref reader, "status"u8)) resolution.Status = Status(ref reader);
            else if (JsonRead.Is(ref reader, "authority"u8)) resolution.Authority = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "values"u8)) resolution.Values = JsonRead.Array(ref reader, ValueWrapper);
            else return false;
            return true;
        });

    private static ResolutionStatus? Status(ref Utf8JsonReader reader) =>
        JsonRead.Object(ref reader, new ResolutionStatus(), static (ref Utf8JsonReader reader, ResolutionStatus status) =>
        {
            if (JsonRead.Is(ref reader, "code"u8)) status.Code = JsonRead.String(ref reader, WireVocabulary.Statuses);
            else return false;
            return true;
        });

    private static ResolutionValueWrapper? ValueWrapper(ref Utf8JsonReader reader) =>
        JsonRead.Object(ref reader, new ResolutionValueWrapper(), static (ref Utf8JsonReader reader, ResolutionValueWrapper wrapper) =>
        {
            if (JsonRead.Is(ref reader, "value"u8)) wrapper.Value = ResolutionValue(ref reader);
            else return false;
            return true;
        });

    private static ResolutionValue? ResolutionValue(ref Utf8JsonReader reader) =>
        JsonRead.Object(ref reader, new ResolutionValue(), static (ref Utf8JsonReader reader, ResolutionValue value) =>
        {
            if (JsonRead.Is(ref reader, "name"u8)) value.Name = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "id"u8)) value.Id = JsonRead.String(ref reader);
            else return false;
            return true;
        });

    private static AlexaError? Error(ref Utf8JsonReader reader) =>
        JsonRead.Object(ref reader, new AlexaError(), static (ref Utf8JsonReader reader, AlexaError error) =>
        {
            if (JsonRead.Is(ref reader, "type"u8)) error.Type = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "message"u8)) error.Message = JsonRead.String(ref reader);
            else return false;
            return true;
        });

    private static ErrorCause? Cause(ref Utf8JsonReader reader) =>
        JsonRead.Object(ref reader, new ErrorCause(), static (ref Utf8JsonReader reader, ErrorCause cause) =>
        {
            if (JsonRead.Is(ref reader, "requestId"u8)) cause.RequestId = JsonRead.String(ref reader);
            else return false;
            return true;
        });
}
