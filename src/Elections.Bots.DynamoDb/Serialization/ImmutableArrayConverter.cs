using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Elections.Bots.DynamoDb.Serialization;

/// <summary>
/// Writes a default (uninitialized) <see cref="ImmutableArray{T}"/> as <c>[]</c> instead of throwing, and reads
/// arrays through the element's source-generated metadata (no reflection).
/// </summary>
internal sealed class ImmutableArrayConverter<T> : JsonConverter<ImmutableArray<T>>
{
    private JsonTypeInfo<T>? _element;

    public override ImmutableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return [];
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Expected a JSON array.");
        var element = Element(options);
        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            builder.Add(JsonSerializer.Deserialize(ref reader, element)!);
        }
        return builder.ToImmutable();
    }

    public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value, JsonSerializerOptions options)
    {
        var element = Element(options);
        writer.WriteStartArray();
        if (!value.IsDefault)
        {
            foreach (var item in value) JsonSerializer.Serialize(writer, item, element);
        }
        writer.WriteEndArray();
    }

    private JsonTypeInfo<T> Element(JsonSerializerOptions options) =>
        _element ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
