using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Elections.Bots.Core;

namespace Elections.Bots.Tests;

/// <summary>
/// A voter's utterance with personal data in it, and the pieces of that data that must never be seen again.
/// The templates around the data hold no digits and none of the generated words, so any digit, '@' or
/// generated word found after redaction came from the data.
/// </summary>
public sealed record VoterUtterance(string Text, Locale Locale, ImmutableArray<string> SecretWords, string Kind)
{
    public override string ToString() => $"[{Kind}] {Text}";
}

/// <summary>FsCheck generators of addresses, phone numbers, e-mails, names and long numbers inside election questions.</summary>
public static class PersonalData
{
    private static readonly string[] FirstNames =
        ["Ana", "Keisha", "Dmitri", "Guadalupe", "Oluwaseun", "Bartholomew", "Xiomara", "Thaddeus", "Priyanka", "Marisol", "Jebediah", "Ngozi"];

    private static readonly string[] LastNames =
        ["Ruiz", "Okonkwo", "Vasquez-Trent", "Kowalczyk", "O'Donnell", "Nakamura", "Abernathy", "Szymanski", "Delacroix", "Fitzgerald"];

    private static readonly string[] StreetNames =
        ["Hawthorne", "Sycamore", "Juniper", "Willow Creek", "Cedar Ridge", "Birchwood", "Magnolia", "Chestnut Hill", "Robles", "Quail Run", "Tamarack"];

    private static readonly string[] Suffixes =
        ["Street", "St", "St.", "Avenue", "Ave", "Road", "Rd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Boulevard", "Blvd", "Way", "Circle", "Terrace"];

    private static readonly string[] DigitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] EnglishTemplates =
    [
        "I live at {0}, where do I vote?",
        "{0} where is my polling place",
        "what are the hours for parking near {0}",
        "Can you send the ballot to {0} please",
        "is there a drop box close to {0}?",
        "hi, {0}. can I bring my dog to vote?",
        "{0}",
        "please contact me: {0}",
        "I moved, my new info is {0}, am I still registered?",
    ];

    private static readonly string[] SpanishTemplates =
    [
        "vivo en {0}, ¿dónde voto?",
        "{0} ¿cuál es mi lugar de votación?",
        "¿me pueden mandar la boleta a {0}?",
        "hola, {0}. ¿puedo llevar a mi perro a votar?",
    ];

    public static Gen<VoterUtterance> Utterances() =>
        from locale in Gen.Elements(Locale.English, Locale.Spanish)
        from piece in Gen.OneOf(Address(locale), Phone(), Email(), Name(locale), LongNumber())
        from template in Gen.Elements(locale == Locale.Spanish ? SpanishTemplates : EnglishTemplates)
        select new VoterUtterance(string.Format(CultureInfo.InvariantCulture, template, piece.Text), locale, piece.Secrets, piece.Kind);

    public static Arbitrary<VoterUtterance> Arbitrary() => Arb.From(Utterances());

    private static Gen<(string Text, ImmutableArray<string> Secrets, string Kind)> Address(Locale locale) =>
        from number in Gen.Choose(1, 99999)
        from letter in Gen.Elements("", "", "", "B")
        from direction in Gen.Elements("", "", "North ", "SW ", "E ")
        from street in Gen.Elements(StreetNames)
        from suffix in Gen.Elements(Suffixes)
        from unit in Gen.Elements("", "", " Apt 4", " Unit 12C", " #7")
        from form in Gen.Choose(0, locale == Locale.Spanish ? 3 : 2)
        let house = number.ToString(CultureInfo.InvariantCulture) + letter
        let text = form switch
        {
            0 or 1 => $"{house} {direction}{street} {suffix}{unit}",
            // Without a street type, as people say it: "42 Hawthorne".
            2 => $"{house} {street}",
            _ => $"calle {street} {house}",
        }
        select (text, StreetWords(street), "address");

    private static Gen<(string Text, ImmutableArray<string> Secrets, string Kind)> Phone() =>
        from area in Gen.Choose(201, 989)
        from exchange in Gen.Choose(200, 999)
        from line in Gen.Choose(0, 9999)
        from format in Gen.Choose(0, 8)
        let l = line.ToString("D4", CultureInfo.InvariantCulture)
        let text = format switch
        {
            0 => $"({area}) {exchange}-{l}",
            1 => $"{area}-{exchange}-{l}",
            2 => $"{area}.{exchange}.{l}",
            3 => $"{area} {exchange} {l}",
            4 => $"{area}{exchange}{l}",
            5 => $"+1 {area} {exchange} {l}",
            6 => $"1-{area}-{exchange}-{l}",
            7 => $"{exchange}-{l}",
            _ => Spelled($"{area}{exchange}{l}"),
        }
        select (text, ImmutableArray<string>.Empty, "phone");

    private static Gen<(string Text, ImmutableArray<string> Secrets, string Kind)> Email() =>
        from first in Gen.Elements(FirstNames)
        from last in Gen.Elements(LastNames)
        from domain in Gen.Elements("gmail.com", "example.org", "millbrook-mail.net", "yahoo.com")
        from spoken in Gen.Elements(false, false, true)
        let local = (first + "." + last).Replace("'", "", StringComparison.Ordinal).ToLowerInvariant()
        let text = spoken ? $"{first.ToLowerInvariant()} dot {Letters(last)} at {domain.Split('.')[0]} dot {domain.Split('.')[1]}" : $"{local}@{domain}"
        select (text, ImmutableArray.Create(first, Letters(last)), "email");

    private static Gen<(string Text, ImmutableArray<string> Secrets, string Kind)> Name(Locale locale) =>
        from first in Gen.Elements(FirstNames)
        from last in Gen.Elements(LastNames)
        from intro in Gen.Elements(locale == Locale.Spanish
            ? new[] { "me llamo", "Me llamo", "mi nombre es", "Soy", "", "" }
            : ["my name is", "My name is", "This is", "I'm", "my name's", "I am", "", "", "asking for", "my neighbor"])
        // No introduction: a bare name, typed capitalized, anywhere in the sentence.
        select ((intro.Length == 0 ? "" : intro + " ") + $"{first} {last}", ImmutableArray.Create(first, last), "name");

    private static Gen<(string Text, ImmutableArray<string> Secrets, string Kind)> LongNumber() =>
        from a in Gen.Choose(10000, 99999)
        from b in Gen.Choose(1000, 9999)
        from c in Gen.Choose(10, 99)
        from kind in Gen.Choose(0, 2)
        let text = kind switch
        {
            0 => $"{a}-{b}",
            1 => $"{a / 100}-{c}-{b}",
            _ => $"{b} {b} {b} {b}",
        }
        select (text, ImmutableArray<string>.Empty, "number");

    private static string Spelled(string digits) => string.Join(' ', digits.Select(d => DigitWords[d - '0']));

    private static string Letters(string word) => new([.. word.Where(char.IsLetter)]);

    private static ImmutableArray<string> StreetWords(string street) => [.. street.Split(' ')];

    /// <summary>What must not survive: no digit, no '@', no generated word, no four digit words in a row.</summary>
    public static string? Leak(string output, VoterUtterance utterance)
    {
        if (output.Any(char.IsAsciiDigit)) return "a digit";
        if (output.Contains('@', StringComparison.Ordinal)) return "an @";
        var words = output.Split([' ', ',', '.', '?', '¿', '!', ':', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\'', '"').ToLowerInvariant()).ToList();
        foreach (var secret in utterance.SecretWords)
        {
            var parts = secret.ToLowerInvariant().Split(['-', ' ', '\''], StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in parts.Where(p => p.Length > 1))
            {
                if (words.Any(w => w.Contains(part, StringComparison.Ordinal))) return $"'{part}'";
            }
        }
        var run = 0;
        foreach (var word in words)
        {
            run = DigitWords.Contains(word) ? run + 1 : 0;
            if (run >= 4) return "spelled digits";
        }
        return null;
    }
}
