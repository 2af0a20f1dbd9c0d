using Elections.Bots.Lambda.Composition;

namespace Elections.Bots.Lambda.Handlers;

/// <summary>
/// Which functions this build of <c>bootstrap</c> can be, each made from the validated settings and the shared
/// services. A new function is one line here.
/// </summary>
public static class HandlerRegistry
{
    private static readonly FrozenDictionary<string, Func<FunctionServices, IInvocationHandler>> Factories =
        new Dictionary<string, Func<FunctionServices, IInvocationHandler>>(StringComparer.Ordinal)
        {
            [HandlerNames.Lex] = LexHandler.Create,
            [HandlerNames.Alexa] = AlexaHandler.Create,
            [HandlerNames.Import] = ImportHandler.Create,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsAvailable(string name) => Factories.ContainsKey(name);

    public static IEnumerable<string> Available => HandlerNames.All.Where(Factories.ContainsKey);

    public static IInvocationHandler Create(string name, FunctionServices services) =>
        Factories.TryGetValue(name, out var create)
            ? create(services)
            : throw new InvalidOperationException($"The handler '{name}' is not available in this build.");
}
