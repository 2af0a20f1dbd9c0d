namespace Elections.Bots.Core.Understanding;

/// <summary>Evaluation figures for one language; rates are fractions of <see cref="Questions"/>.</summary>
public sealed record LocaleEvaluation(Locale Locale, int Questions, int TopCorrect, int AnsweredCorrectly, int ConfidentWrong, int Abstained)
{
    public double TopAccuracy => Rate(TopCorrect);
    public double AnsweredAccuracy => Rate(AnsweredCorrectly);
    public double ConfidentWrongRate => Rate(ConfidentWrong);
    public double AbstainRate => Rate(Abstained);

    private double Rate(int count) => Questions == 0 ? 0 : (double)count / Questions;
}
