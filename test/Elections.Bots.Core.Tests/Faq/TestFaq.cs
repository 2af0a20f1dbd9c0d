using System.Collections.Immutable;
using Elections.Bots.Core.Facts;

namespace Elections.Bots.Core.Tests.Faq;

/// <summary>Small hand-written FAQ entries, so ranking tests show one behaviour each.</summary>
internal static class TestFaq
{
    public static FaqEntry Entry(
        string id, Locale locale, string question, string answer, string[]? alternates = null, DateOnly? from = null, DateOnly? until = null) =>
        new(id, locale, "general", question, answer, [.. alternates ?? []], null, null, null, from, until, null);

    /// <summary>A little office FAQ in both languages.</summary>
    public static ImmutableArray<FaqEntry> Office { get; } =
    [
        Entry("mail", Locale.English, "How do I request a mail ballot?", "Ask the elections office to mail you a ballot; requests close a week before the election.",
            ["Can I vote by mail?"]),
        Entry("id", Locale.English, "What ID do I need to vote?", "Bring a photo ID such as a driver's license, or a bank statement with your address."),
        Entry("hours", Locale.English, "What time do the polls open and close?", "Polling places are open from 7 a.m. to 8 p.m. on Election Day."),
        Entry("register", Locale.English, "How do I register to vote?", "Register online or with a paper form at the elections office."),
        Entry("register-check", Locale.English, "Am I registered to vote?", "Look up your registration status with the online voter lookup."),
        Entry("correo", Locale.Spanish, "¿Cómo solicito una boleta por correo?", "Pida a la oficina electoral que le envíe una boleta por correo.",
            ["¿Puedo votar por correo?"]),
        Entry("identificacion", Locale.Spanish, "¿Qué identificación necesito para votar?", "Traiga una identificación con foto, como la licencia de conducir."),
        Entry("buzones", Locale.Spanish, "¿Dónde están los buzones para boletas?", "Hay buzones en la biblioteca y en el centro de gobierno."),
    ];
}
