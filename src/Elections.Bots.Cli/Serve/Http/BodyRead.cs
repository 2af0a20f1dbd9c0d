namespace Elections.Bots.Cli.Serve.Http;

/// <summary>A request body read as JSON bytes, or why it was refused (already written to the response).</summary>
internal readonly record struct BodyRead(ReadOnlyMemory<byte> Json, bool Refused);
