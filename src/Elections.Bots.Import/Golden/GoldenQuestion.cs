using Elections.Bots.Core;

namespace Elections.Bots.Import.Golden;

/// <summary>
/// A question the office knows the right answer to: asked through the engine before every publish, and the
/// answer must come from <see cref="ExpectedFaqId"/> or from one of <see cref="AcceptedIntents"/> (a structured
/// answer to the same question, e.g. the registration deadline straight from the feed).
/// </summary>
public sealed record GoldenQuestion(Locale Locale, string Question, string ExpectedFaqId, ImmutableArray<string> AcceptedIntents, int Line);
