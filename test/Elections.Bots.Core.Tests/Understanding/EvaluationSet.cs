using Elections.Bots.Core.Tests.Faq;
using Elections.Bots.Core.Understanding;

namespace Elections.Bots.Core.Tests.Understanding;

/// <summary>The sample question sets as <see cref="EvaluationQuestion"/>s.</summary>
internal static class EvaluationSet
{
    public static IEnumerable<EvaluationQuestion> Paraphrases() =>
        TestCsv.Read(SampleFaq.PathOf("eval-questions.csv"))
            .Select(r => new EvaluationQuestion(LocaleTags.ParseOrEnglish(r["locale"]), r["question"], r["expected"]));

    public static IEnumerable<EvaluationQuestion> Golden() =>
        TestCsv.Read(SampleFaq.PathOf("golden-questions.csv"))
            .Select(r => new EvaluationQuestion(LocaleTags.ParseOrEnglish(r["locale"]), r["question"], r["expected_faq_id"]));
}
