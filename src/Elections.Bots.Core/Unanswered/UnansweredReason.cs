namespace Elections.Bots.Core.Unanswered;

/// <summary>Why a question counts as unanswered.</summary>
public enum UnansweredReason
{
    /// <summary>No FAQ entry fitted: the voter got the fallback.</summary>
    NoMatch,

    /// <summary>Several entries fitted about equally: the voter was asked to choose, so none clearly covers it.</summary>
    CloseCall,
}
