using System.Buffers;
using System.Text.Encodings.Web;

namespace Elections.Bots.Alexa.Wire;

/// <summary>
/// Writes a response envelope straight into a per-thread buffer, member by member in the order the
/// source-generated context writes them (a test holds the two to the same bytes). Every request pays for this
/// write; done by hand it skips the serializer's per-call setup and writes pre-encoded member names.
/// </summary>
internal static class ResponseWriter
{
    private const int MaxCachedBufferBytes = 64 * 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText SessionAttributes = JsonEncodedText.Encode("sessionAttributes");
    private static readonly JsonEncodedText State = JsonEncodedText.Encode(Core.Dialog.SessionStateCodec.AttributeName);
    private static readonly JsonEncodedText Response = JsonEncodedText.Encode("response");
    private static readonly JsonEncodedText OutputSpeech = JsonEncodedText.Encode("outputSpeech");
    private static readonly JsonEncodedText Card = JsonEncodedText.Encode("card");
    private static readonly JsonEncodedText Reprompt = JsonEncodedText.Encode("reprompt");
    private static readonly JsonEncodedText Directives = JsonEncodedText.Encode("directives");
    private static readonly JsonEncodedText ShouldEndSession = JsonEncodedText.Encode("shouldEndSession");
    private static readonly JsonEncodedText CanFulfillIntent = JsonEncodedText.Encode("canFulfillIntent");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Ssml = JsonEncodedText.Encode("ssml");
    private static readonly JsonEncodedText PlayBehavior = JsonEncodedText.Encode("playBehavior");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");
    private static readonly JsonEncodedText Image = JsonEncodedText.Encode("image");
    private static readonly JsonEncodedText SmallImageUrl = JsonEncodedText.Encode("smallImageUrl");
    private static readonly JsonEncodedText LargeImageUrl = JsonEncodedText.Encode("largeImageUrl");
    private static readonly JsonEncodedText Permissions = JsonEncodedText.Encode("permissions");
    private static readonly JsonEncodedText SlotToElicit = JsonEncodedText.Encode("slotToElicit");
    private static readonly JsonEncodedText SlotToConfirm = JsonEncodedText.Encode("slotToConfirm");
    private static readonly JsonEncodedText UpdatedIntent = JsonEncodedText.Encode("updatedIntent");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText ConfirmationStatus = JsonEncodedText.Encode("confirmationStatus");
    private static readonly JsonEncodedText Slots = JsonEncodedText.Encode("slots");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText CanFulfill = JsonEncodedText.Encode("canFulfill");
    private static readonly JsonEncodedText CanUnderstand = JsonEncodedText.Encode("canUnderstand");

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    public static byte[] Write(ResponseEnvelope envelope)
    {
        var buffer = _buffer ?? new ArrayBufferWriter<byte>(2048);
        buffer.ResetWrittenCount();
        var writer = _writer ?? new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        _buffer = null;
        _writer = null;

        writer.WriteStartObject();
        writer.WriteString(Version, envelope.Version);
        if (envelope.SessionAttributes is { } attributes)
        {
            writer.WriteStartObject(SessionAttributes);
            OptionalString(writer, State, attributes.State);
            writer.WriteEndObject();
        }
        writer.WritePropertyName(Response);
        WriteBody(writer, envelope.Response);
        writer.WriteEndObject();
        writer.Flush();

        var bytes = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity <= MaxCachedBufferBytes)
        {
            _buffer = buffer;
            _writer = writer;
        }
        return bytes;
    }

    private static void WriteBody(Utf8JsonWriter writer, ResponseBody body)
    {
        writer.WriteStartObject();
        if (body.OutputSpeech is { } speech)
        {
            writer.WritePropertyName(OutputSpeech);
            WriteSpeech(writer, speech);
        }
        if (body.Card is { } card) WriteCard(writer, card);
        if (body.Reprompt is { } reprompt)
        {
            writer.WriteStartObject(Reprompt);
            writer.WritePropertyName(OutputSpeech);
            WriteSpeech(writer, reprompt.OutputSpeech);
            writer.WriteEndObject();
        }
        if (body.Directives is { } directives)
        {
            writer.WriteStartArray(Directives);
            foreach (var directive in directives) WriteDirective(writer, directive);
            writer.WriteEndArray();
        }
        if (body.ShouldEndSession is { } ends) writer.WriteBoolean(ShouldEndSession, ends);
        if (body.CanFulfillIntent is { } canFulfill) WriteCanFulfill(writer, canFulfill);
        writer.WriteEndObject();
    }

    private static void WriteSpeech(Utf8JsonWriter writer, OutputSpeech speech)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, speech.Type);
        OptionalString(writer, Text, speech.Text);
        OptionalString(writer, Ssml, speech.Ssml);
        OptionalString(writer, PlayBehavior, speech.PlayBehavior);
        writer.WriteEndObject();
    }

    private static void WriteCard(Utf8JsonWriter writer, Card card)
    {
        writer.WriteStartObject(Card);
        writer.WriteString(Type, card.Type);
        OptionalString(writer, Title, card.Title);
        OptionalString(writer, Content, card.Content);
        OptionalString(writer, Text, card.Text);
        if (card.Image is { } image)
        {
            writer.WriteStartObject(Image);
            OptionalString(writer, SmallImageUrl, image.SmallImageUrl);
            OptionalString(writer, LargeImageUrl, image.LargeImageUrl);
            writer.WriteEndObject();
        }
        if (card.Permissions is { } permissions)
        {
            writer.WriteStartArray(Permissions);
            foreach (var permission in permissions) writer.WriteStringValue(permission);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteDirective(Utf8JsonWriter writer, Directive directive)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, directive.Type);
        OptionalString(writer, SlotToElicit, directive.SlotToElicit);
        OptionalString(writer, SlotToConfirm, directive.SlotToConfirm);
        if (directive.UpdatedIntent is { } intent)
        {
            writer.WriteStartObject(UpdatedIntent);
            OptionalString(writer, Name, intent.Name);
            OptionalString(writer, ConfirmationStatus, intent.ConfirmationStatus);
            if (intent.Slots is { } slots)
            {
                writer.WriteStartObject(Slots);
                // updatedIntent sends back what the skill decided: a slot's name, value and confirmation.
                // Entity resolution is Alexa's reading of the voter and is never part of a response.
                foreach (var (key, slot) in slots)
                {
                    if (slot is null)
                    {
                        writer.WriteNull(key);
                        continue;
                    }
                    writer.WriteStartObject(key);
                    OptionalString(writer, Name, slot.Name);
                    OptionalString(writer, Value, slot.Value);
                    OptionalString(writer, ConfirmationStatus, slot.ConfirmationStatus);
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteCanFulfill(Utf8JsonWriter writer, CanFulfillIntent answer)
    {
        writer.WriteStartObject(CanFulfillIntent);
        writer.WriteString(CanFulfill, answer.CanFulfill);
        if (answer.Slots is { } slots)
        {
            writer.WriteStartObject(Slots);
            foreach (var (name, slot) in slots)
            {
                writer.WriteStartObject(name);
                writer.WriteString(CanUnderstand, slot.CanUnderstand);
                writer.WriteString(CanFulfill, slot.CanFulfill);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void OptionalString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }
}
