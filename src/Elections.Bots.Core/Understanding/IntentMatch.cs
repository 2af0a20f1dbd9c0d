namespace Elections.Bots.Core.Understanding;

/// <summary>
/// The best-matching intent for a text and the runner-up (another intent). Scores are weighted Dice
/// similarities (0–1) with the intent's closest utterance. <see cref="Terms"/> counts the text's own words
/// (a slot value aside): zero means only a slot and its carrier were said.
/// </summary>
internal readonly record struct IntentMatch(string? Intent, double Score, string? RunnerUp, double RunnerUpScore, int Terms);
