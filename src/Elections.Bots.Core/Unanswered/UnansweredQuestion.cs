using Elections.Bots.Core.Dialog;

namespace Elections.Bots.Core.Unanswered;

/// <summary>
/// A question the FAQ did not answer, as kept for the office's report: the voter's words after
/// <see cref="Privacy.Redactor"/>, where and in which language it was asked, and the day. Never the session,
/// the user, the device or the time of day, so a stored question cannot be traced back to a person.
/// </summary>
/// <param name="Text">Redacted text, at most <see cref="Privacy.Redactor.MaxLength"/> characters.</param>
/// <param name="Day">The jurisdiction's local date of the turn.</param>
public sealed record UnansweredQuestion(string Text, Channel Channel, Locale Locale, DateOnly Day, UnansweredReason Reason);
