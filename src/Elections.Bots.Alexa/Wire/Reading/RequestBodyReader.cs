namespace Elections.Bots.Alexa.Wire.Reading;

/// <summary>The <c>request</c> member of the envelope: the request itself, its intent, slots and entity resolution.</summary>
internal static class RequestBodyReader
{
    public static AlexaRequest? Request(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var request = new AlexaRequest();
        while (JsonRead.NextProperty(ref reader))
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
            else JsonRead.SkipProperty(ref reader);
        }
        return request;
    }

    private static Intent? Intent(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var intent = new Intent();
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Is(ref reader, "name"u8)) intent.Name = JsonRead.String(ref reader, WireVocabulary.Names);
            else if (JsonRead.Is(ref reader, "slots"u8)) intent.Slots = Slots(ref reader);
            else if (JsonRead.Is(ref reader, "confirmationStatus"u8)) intent.ConfirmationStatus = JsonRead.String(ref reader, WireVocabulary.Statuses);
            else JsonRead.SkipProperty(ref reader);
        }
        return intent;
    }

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

    private static Slot? Slot(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var slot = new Slot();
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Is(ref reader, "value"u8)) slot.Value = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "name"u8)) slot.Name = JsonRead.String(ref reader, WireVocabulary.Names);
            else if (JsonRead.Is(ref reader, "resolutions"u8)) slot.Resolutions = Resolutions(ref reader);
            else if (JsonRead.Is(ref reader, "confirmationStatus"u8)) slot.ConfirmationStatus = JsonRead.String(ref reader, WireVocabulary.Statuses);
            else if (JsonRead.Is(ref reader, "slotValue"u8)) slot.SlotValue = SlotValue(ref reader);
            else JsonRead.SkipProperty(ref reader);
        }
        return slot;
    }

    private static SlotValue? SlotValue(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var value = new SlotValue();
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Is(ref reader, "type"u8)) value.Type = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "value"u8)) value.Value = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "resolutions"u8)) value.Resolutions = Resolutions(ref reader);
            else if (JsonRead.Is(ref reader, "values"u8))
            {
                if (!JsonRead.StartArray(ref reader)) continue;
                value.Values = [];
                while (JsonRead.NextElement(ref reader)) value.Values.Add(SlotValue(ref reader));
            }
            else JsonRead.SkipProperty(ref reader);
        }
        return value;
    }

    private static Resolutions? Resolutions(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var resolutions = new Resolutions();
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Is(ref reader, "resolutionsPerAuthority"u8))
            {
                if (!JsonRead.StartArray(ref reader)) continue;
                resolutions.ResolutionsPerAuthority = [];
                while (JsonRead.NextElement(ref reader)) resolutions.ResolutionsPerAuthority.Add(Resolution(ref reader));
            }
            else JsonRead.SkipProperty(ref reader);
        }
        return resolutions;
    }

    private static Resolution? Resolution(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var resolution = new Resolution();
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Is(ref reader, "status"u8)) resolution.Status = Status(ref reader);
            else if (JsonRead.Is(ref reader, "authority"u8)) resolution.Authority = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "values"u8))
            {
                if (!JsonRead.StartArray(ref reader)) continue;
                resolution.Values = [];
                while (JsonRead.NextElement(ref reader)) resolution.Values.Add(ValueWrapper(ref reader));
            }
            else JsonRead.SkipProperty(ref reader);
        }
        return resolution;
    }

    private static ResolutionStatus? Status(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var status = new ResolutionStatus();
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Is(ref reader, "code"u8)) status.Code = JsonRead.String(ref reader, WireVocabulary.Statuses);
            else JsonRead.SkipProperty(ref reader);
        }
        return status;
    }

    private static ResolutionValueWrapper? ValueWrapper(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var wrapper = new ResolutionValueWrapper();
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Is(ref reader, "value"u8)) wrapper.Value = ResolutionValue(ref reader);
            else JsonRead.SkipProperty(ref reader);
        }
        return wrapper;
    }

    private static ResolutionValue? ResolutionValue(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var value = new ResolutionValue();
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Is(ref reader, "name"u8)) value.Name = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "id"u8)) value.Id = JsonRead.String(ref reader);
            else JsonRead.SkipProperty(ref reader);
        }
        return value;
    }

    private static AlexaError? Error(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var error = new AlexaError();
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Is(ref reader, "type"u8)) error.Type = JsonRead.String(ref reader);
            else if (JsonRead.Is(ref reader, "message"u8)) error.Message = JsonRead.String(ref reader);
            else JsonRead.SkipProperty(ref reader);
        }
        return error;
    }

    private static ErrorCause? Cause(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader)) return null;
        var cause = new ErrorCause();
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Is(ref reader, "requestId"u8)) cause.RequestId = JsonRead.String(ref reader);
            else JsonRead.SkipProperty(ref reader);
        }
        return cause;
    }
}
