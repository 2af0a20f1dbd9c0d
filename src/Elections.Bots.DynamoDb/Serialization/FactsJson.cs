using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.DynamoDb.Serialization;

/// <summary>The one set of JSON options for stored items, built on <see cref="FactsJsonContext"/>.</summary>
internal static class FactsJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public static JsonTypeInfo<ImmutableArray<T>> ArrayInfo<T>() => Info<ImmutableArray<T>>();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(FactsJsonContext.Default.Options)
        {
            // Computed properties (IsEverywhere, IsAllDay, StreetLine) have no setter: writing them would only
            // cost bytes in every item, and reading ignores them anyway.
            TypeInfoResolver = FactsJsonContext.Default.WithAddedModifier(static info =>
            {
                for (var i = info.Properties.Count - 1; i >= 0; i--)
                {
                    if (info.Properties[i].Set is null) info.Properties.RemoveAt(i);
                }
            }),
        };
        options.Converters.Add(new ImmutableArrayConverter<string>());
        options.Converters.Add(new ImmutableArrayConverter<OpeningPeriod>());
        options.Converters.Add(new ImmutableArrayConverter<Election>());
        options.Converters.Add(new ImmutableArrayConverter<Precinct>());
        options.Converters.Add(new ImmutableArrayConverter<PollingLocation>());
        options.Converters.Add(new ImmutableArrayConverter<FaqEntry>());
        options.Converters.Add(new ImmutableArrayConverter<EmergencyNotice>());
        options.Converters.Add(new ImmutableArrayConverter<StreetSegment>());
        options.Converters.Add(new ImmutableArrayConverter<StreetCount>());
        options.Converters.Add(new ImmutableArrayConverter<FactGroupHeader>());
        options.MakeReadOnly();
        return options;
    }
}
