using System.Text.Json;

namespace Elections.Bots.Lex.Wire;

/// <summary>
/// The contract of the Lex wire, source-generated for Native AOT: the reference <see cref="LexJson"/>'s hand-written
/// reader and writer are tested against (and the writer of error bodies and salvaged-event tests). Unknown members
/// are ignored (Lex adds fields without a version bump); nulls are left out of responses because Lex misreads some
/// explicit nulls. Numbers sent as strings are accepted: a confidence of "0.9" is still a confidence.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(LexEvent))]
[JsonSerializable(typeof(LexResponse))]
[JsonSerializable(typeof(LexError))]
public sealed partial class LexJsonContext : JsonSerializerContext;
