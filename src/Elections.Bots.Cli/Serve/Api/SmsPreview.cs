namespace Elections.Bots.Cli.Serve.Api;

/// <param name="Encoding"><c>GSM-7</c> (160 characters a segment, 153 when split) or <c>UCS-2</c> (70, then 67).</param>
internal sealed record SmsPreview(string Text, int Segments, string Encoding, int Characters);
