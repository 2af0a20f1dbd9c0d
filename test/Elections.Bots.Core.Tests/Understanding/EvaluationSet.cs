using Elections.Bots.Core.Tests.Faq;
using Elections.Bots.Core.Understanding;

namespace Elections.Bots.Core.Tests.Understanding;

/// <summary>The sample question sets as <see cref="EvaluationQuestion"/>s.</summary>
internal static class EvaluationSet
{
    public static IEnumerable<EvaluationQuestion> Paraphrases() =>
        SampleFaq.Rows("eval-questions.csv").Select(r =>
            new EvaluationQuestion(LocaleTags.ParseOrEnglish(r.Required("locale")), r.Required("question"), r.Required("expected")));

    public static IEnumerable<EvaluationQuestion> Golden() =>
        SampleFaq.Rows("golden-questions.csv").Select(r =>
            new EvaluationQuestion(LocaleTags.ParseOrEnglish(r.Required("locale")), r.Required("question"), r.Required("expected_faq_id")));
}
