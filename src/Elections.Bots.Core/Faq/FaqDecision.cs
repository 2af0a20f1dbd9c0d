namespace Elections.Bots.Core.Faq;

public enum FaqDecision
{
    NoMatch,
    CloseCall,
    Confident,
}
