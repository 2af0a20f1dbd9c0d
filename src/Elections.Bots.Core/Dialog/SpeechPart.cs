namespace Elections.Bots.Core.Dialog;

/// <summary>
/// One piece of what voice channels say. <see cref="Text"/> is already worded for the locale ("Tuesday, March 9");
/// <see cref="Value"/> is the machine value a renderer may hand to SSML <c>say-as</c>
/// (<c>2027-03-09</c>, <c>19:00</c>, <c>5550142</c>).
/// </summary>
public readonly record struct SpeechPart(SpeechKind Kind, string Text, string? Value = null);
