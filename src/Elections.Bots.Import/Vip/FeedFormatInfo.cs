namespace Elections.Bots.Import.Vip;

/// <summary>What kind of feed was read: format, VIP version and the files or elements it held.</summary>
public sealed record FeedFormatInfo(Packaging.FeedFormat Format, string Name);
