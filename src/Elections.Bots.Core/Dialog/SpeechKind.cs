namespace Elections.Bots.Core.Dialog;

public enum SpeechKind
{
    /// <summary>Plain words; renderers escape them.</summary>
    Text,
    /// <summary>A calendar date; Value is ISO <c>yyyy-MM-dd</c>.</summary>
    Date,
    /// <summary>A time of day; Value is <c>HH:mm</c> (24-hour).</summary>
    Time,
    /// <summary>A phone number; Value is its digits.</summary>
    Telephone,
    /// <summary>A short break between sentences or list items; Text is empty.</summary>
    Pause,
    /// <summary>
    /// English words inside an answer in another language: a notice the office published only in English.
    /// Voice renderers mark them as English so a Spanish voice pronounces them as English; screens show them as is.
    /// </summary>
    English,
}
