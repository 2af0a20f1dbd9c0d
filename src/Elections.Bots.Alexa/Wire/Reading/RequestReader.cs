using Elections.Bots.Core.Json;

namespace Elections.Bots.Alexa.Wire.Reading;

/// <summary>
/// Reads the request envelope in one forward pass, building the same records the source-generated context
/// builds (a test holds the two to the same result on every fixture and on mutated requests). Metadata-driven
/// deserialization cost about twice this on every request, the largest single cost of a whole turn; this pass
/// also skips everything the skill never reads (display, player and viewport state) without materializing it.
/// </summary>
internal static class RequestReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    /// <exception cref="JsonException">Not JSON, or a member holds a value of the wrong type.</exception>
    public static RequestEnvelope? Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            JsonTokens.Advance(ref reader);
            var envelope = Envelope(ref reader);
            // A second JSON value after the envelope makes the reader throw; its absence ends the read.
            if (reader.Read()) throw new JsonException("Content follows the request envelope.");
            return envelope;
        }
        catch (InvalidOperationException ex)
        {
            // The reader reports text it cannot turn into a .NET string (a lone surrogate escape) this way.
            throw new JsonException("A string in the request cannot be read.", ex);
        }
    }

    private static RequestEnvelope? Envelope(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new RequestEnvelope(), static (ref Utf8JsonReader reader, RequestEnvelope envelope) =>
        {
            if (JsonTokens.Is(ref reader, "request"u8)) envelope.Request = RequestBodyReader.Request(ref reader);
            else if (JsonTokens.Is(ref reader, "context"u8)) envelope.Context = Context(ref reader);
            else if (JsonTokens.Is(ref reader, "session"u8)) envelope.Session = Session(ref reader);
            else if (JsonTokens.Is(ref reader, "version"u8)) envelope.Version = JsonTokens.String(ref reader, WireVocabulary.Versions);
            else return false;
            return true;
        });

    private static Session? Session(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new Session(), static (ref Utf8JsonReader reader, Session session) =>
        {
            if (JsonTokens.Is(ref reader, "attributes"u8)) session.Attributes = Attributes(ref reader);
            else if (JsonTokens.Is(ref reader, "application"u8)) session.Application = Application(ref reader);
            else if (JsonTokens.Is(ref reader, "user"u8)) session.User = User(ref reader);
            else if (JsonTokens.Is(ref reader, "sessionId"u8)) session.SessionId = JsonTokens.String(ref reader);
            else if (JsonTokens.Is(ref reader, "new"u8)) session.New = JsonTokens.Boolean(ref reader);
            else return false;
            return true;
        });

    private static SessionAttributes? Attributes(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new SessionAttributes(), static (ref Utf8JsonReader reader, SessionAttributes attributes) =>
        {
            if (JsonTokens.Is(ref reader, "eb"u8)) attributes.State = LenientStringConverter.ReadValue(ref reader);
            else return false;
            return true;
        });

    private static Context? Context(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new Context(), static (ref Utf8JsonReader reader, Context context) =>
        {
            if (JsonTokens.Is(ref reader, "System"u8)) context.System = System(ref reader);
            else return false;
            return true;
        });

    private static SystemContext? System(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new SystemContext(), static (ref Utf8JsonReader reader, SystemContext system) =>
        {
            if (JsonTokens.Is(ref reader, "application"u8)) system.Application = Application(ref reader);
            else if (JsonTokens.Is(ref reader, "user"u8)) system.User = User(ref reader);
            else if (JsonTokens.Is(ref reader, "device"u8)) system.Device = Device(ref reader);
            else if (JsonTokens.Is(ref reader, "apiEndpoint"u8)) system.ApiEndpoint = JsonTokens.String(ref reader, WireVocabulary.Endpoints);
            else if (JsonTokens.Is(ref reader, "apiAccessToken"u8)) system.ApiAccessToken = JsonTokens.String(ref reader);
            else return false;
            return true;
        });

    private static Application? Application(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new Application(), static (ref Utf8JsonReader reader, Application application) =>
        {
            if (JsonTokens.Is(ref reader, "applicationId"u8)) application.ApplicationId = SkillIdReader.Read(ref reader);
            else return false;
            return true;
        });

    private static User? User(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new User(), static (ref Utf8JsonReader reader, User user) =>
        {
            if (JsonTokens.Is(ref reader, "permissions"u8)) user.Permissions = Permissions(ref reader);
            else return false;
            return true;
        });

    private static Permissions? Permissions(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new Permissions(), static (ref Utf8JsonReader reader, Permissions permissions) =>
        {
            if (JsonTokens.Is(ref reader, "consentToken"u8)) permissions.ConsentToken = JsonTokens.String(ref reader);
            else return false;
            return true;
        });

    private static Device? Device(ref Utf8JsonReader reader) =>
        JsonTokens.Object(ref reader, new Device(), static (ref Utf8JsonReader reader, Device device) =>
        {
            if (JsonTokens.Is(ref reader, "deviceId"u8)) device.DeviceId = JsonTokens.String(ref reader);
            else return false;
            return true;
        });
}
