using Elections.Bots.Core.Json;

namespace Elections.Bots.Alexa.Wire.Reading;

/// <summary>The <c>request</c> member of the envelope: the request itself, its intent, slots and entity resolution.</summary>
internal static class RequestBodyReader
{
    public static AlexaRequest? Request(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new AlexaRequest(), static (ref Utf8JsonReader reader, AlexaRequest request) =>
        {
            if (JsonTokens.Is(ref reader, "type"u8)) request.Type = JsonTokens.String(ref reader, WireVocabulary.Types);
            else if (JsonTokens.Is(ref reader, "intent"u8)) request.Intent = Intent(ref reader);
            else if (JsonTokens.Is(ref reader, "locale"u8)) request.Locale = JsonTokens.String(ref reader, WireVocabulary.Locales);
            else if (JsonTokens.Is(ref reader, "timestamp"u8)) request.Timestamp = TolerantTimestampConverter.ReadValue(ref reader);
            else if (JsonTokens.Is(ref reader, "requestId"u8)) request.RequestId = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "dialogState"u8)) request.DialogState = JsonTokens.String(ref reader, WireVocabulary.Statuses);
            else if (JsonTokens.Is(ref reader, "reason"u8)) request.Reason = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "error"u8)) request.Error = Error(ref reader);
            else if (JsonTokens.Is(ref reader, "cause"u8)) request.Cause = Cause(ref reader);
            else return false;
            return true;
        });

    private static Intent? Intent(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new Intent(), static (ref Utf8JsonReader reader, Intent intent) =>
        {
            if (JsonTokens.Is(ref reader, "name"u8)) intent.Name = JsonTokens.String(ref reader, WireVocabulary.Names);
            else if (JsonTokens.Is(ref reader, "slots"u8)) intent.Slots = Slots(ref reader);
            else if (JsonTokens.Is(ref reader, "confirmationStatus"u8)) intent.ConfirmationStatus = JsonTokens.String(ref reader, WireVocabulary.Statuses);
            else return false;
            return true;
        });

    private static Dictionary<string, Slot?>? Slots(ref Utf8JsonReader reader)
    {
        if (!JsonTokens.StartObject(ref reader)) return null;
        var slots = new Dictionary<string, Slot?>(StringComparer.Ordinal);
        while (JsonTokens.NextProperty(ref reader))
        {
            var name = JsonTokens.PropertyName(ref reader, WireVocabulary.Names);
            JsonTokens.Advance(ref reader);
            slots[name] = Slot(ref reader);
        }
        return slots;
    }

    private static Slot? Slot(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new Slot(), static (ref Utf8JsonReader reader, Slot slot) =>
        {
            if (JsonTokens.Is(ref reader, "value"u8)) slot.Value = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "name"u8)) slot.Name = JsonTokens.String(ref reader, WireVocabulary.Names);
            else if (JsonTokens.Is(ref reader, "resolutions"u8)) slot.Resolutions = Resolutions(ref reader);
            else if (JsonTokens.Is(ref reader, "confirmationStatus"u8)) slot.ConfirmationStatus = JsonTokens.String(ref reader, WireVocabulary.Statuses);
            else if (JsonTokens.Is(ref reader, "slotValue"u8)) slot.SlotValue = SlotValue(ref reader);
            else return false;
            return true;
        });

    private static SlotValue? SlotValue(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new SlotValue(), static (ref Utf8JsonReader reader, SlotValue value) =>
        {
            if (JsonTokens.Is(ref reader, "type"u8)) value.Type = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "value"u8)) value.Value = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "resolutions"u8)) value.Resolutions = Resolutions(ref reader);
            else if (JsonTokens.Is(ref reader, "values"u8)) value.Values = JsonTokens.Array(ref reader, SlotValue);
            else return false;
            return true;
        });

    private static Resolutions? Resolutions(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new Resolutions(), static (ref Utf8JsonReader reader, Resolutions resolutions) =>
        {
            if (JsonTokens.Is(ref reader, "resolutionsPerAuthority"u8)) resolutions.ResolutionsPerAuthority = JsonTokens.Array(ref reader, Resolution);
            else return false;
            return true;
        });

    private static Resolution? Resolution(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new Resolution(), static (ref Utf8JsonReader reader, Resolution resolution) =>
        {
            if (JsonTokens.Is(ref reader, "status"u8)) resolution.Status = Status(ref reader);
            else if (JsonTokens.Is(ref reader, "authority"u8)) resolution.Authority = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "values"u8)) resolution.Values = JsonTokens.Array(ref reader, ValueWrapper);
            else return false;
            return true;
        });

    private static ResolutionStatus? Status(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new ResolutionStatus(), static (ref Utf8JsonReader reader, ResolutionStatus status) =>
        {
            if (JsonTokens.Is(ref reader, "code"u8)) status.Code = JsonTokens.String(ref reader, WireVocabulary.Statuses);
            else return false;
            return true;
        });

    private static ResolutionValueWrapper? ValueWrapper(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new ResolutionValueWrapper(), static (ref Utf8JsonReader reader, ResolutionValueWrapper wrapper) =>
        {
            if (JsonTokens.Is(ref reader, "value"u8)) wrapper.Value = ResolutionValue(ref reader);
            else return false;
            return true;
        });

    private static ResolutionValue? ResolutionValue(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new ResolutionValue(), static (ref Utf8JsonReader reader, ResolutionValue value) =>
        {
            if (JsonTokens.Is(ref reader, "name"u8)) value.Name = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "id"u8)) value.Id = JsonTokens.String(ref reader);
            else return false;
            return true;
        });

    private static AlexaError? Error(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new AlexaError(), static (ref Utf8JsonReader reader, AlexaError error) =>
        {
            if (JsonTokens.Is(ref reader, "type"u8)) error.Type = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "message"u8)) error.Message = JsonTokens.String(ref reader);
            else return false;
            return true;
        });

    private static ErrorCause? Cause(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new ErrorCause(), static (ref Utf8JsonReader reader, ErrorCause cause) =>
        {
            if (JsonTokens.Is(ref reader, "requestId"u8)) cause.RequestId = JsonTokens.String(ref reader);
            else return false;
            return true;
        });
}
