using System.Text;
using Elections.Bots.Alexa.Wire;

namespace Elections.Bots.Alexa.Rendering;

/// <summary>
/// One reusable buffer per thread for SSML: every response builds two documents, and allocating a fresh buffer
/// for each was the largest allocation of a whole request. Documents are built one after the other, so one
/// buffer per thread suffices; a second builder alive at the same time simply gets a new one.
/// </summary>
internal static class SsmlBuilderCache
{
    private const int MaxCachedCapacity = OutputSpeech.MaxLength + 64;

    [ThreadStatic]
    private static StringBuilder? _cached;

    public static StringBuilder Acquire()
    {
        var builder = _cached;
        if (builder is null) return new StringBuilder(1024);
        _cached = null;
        return builder.Clear();
    }

    public static string Release(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxCachedCapacity) _cached = builder;
        return text;
    }
}
