namespace Elections.Bots.Core.Dialog;

/// <summary>A link for screens (cards, web); voice never reads it.</summary>
public sealed record ReplyLink(string Title, string Uri);
