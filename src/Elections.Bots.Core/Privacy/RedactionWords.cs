using Elections.Bots.Core.Addresses.Pub28;

namespace Elections.Bots.Core.Privacy;

/// <summary>The words the <see cref="Redactor"/> reads around numbers and names, folded (lower case, no accents).</summary>
internal static class RedactionWords
{
    /// <summary>Words that end a street or a name being redacted: "42 oak | where do I vote", "I'm Ana | and…".</summary>
    public static readonly FrozenSet<string> Stops = FrozenSet.Create(StringComparer.Ordinal,
        "a", "an", "the", "and", "or", "but", "if", "so", "then", "in", "on", "at", "to", "for", "of", "from", "by",
        "with", "near", "is", "are", "was", "am", "be", "do", "does", "did", "can", "could", "will", "would",
        "should", "where", "when", "what", "how", "why", "who", "which", "i", "im", "me", "my", "we", "you", "your",
        "it", "its", "this", "that", "there", "here", "please", "thanks", "thank", "not", "no", "yes", "hi", "hello",
        "vote", "voting", "poll", "polls", "polling", "ballot", "ballots", "register", "registered",
        "y", "o", "pero", "en", "de", "del", "la", "el", "los", "las", "al", "por", "para", "con", "que", "donde",
        "cuando", "como", "es", "soy", "mi", "yo", "se", "puedo", "voto", "votar", "gracias", "hola");

    /// <summary>What follows a number that is a quantity or a time, not a house number: "7 pm", "18 years", "3 de marzo".</summary>
    public static readonly FrozenSet<string> Quantities = FrozenSet.Create(StringComparer.Ordinal,
        "year", "years", "yr", "yrs", "old", "day", "days", "week", "weeks", "month", "months", "hour", "hours", "hr",
        "hrs", "minute", "minutes", "min", "mins", "second", "seconds", "am", "pm", "oclock", "percent", "people",
        "person", "persons", "votes", "times", "questions", "question", "candidates", "drop", "boxes", "sites",
        "locations", "places", "miles", "mile", "st", "nd", "rd", "th",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
        "ano", "anos", "dia", "dias", "semana", "semanas", "mes", "meses", "hora", "horas", "minuto", "minutos",
        "personas", "votos", "boletas", "veces", "preguntas", "millas",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre");

    /// <summary>Digits said as words ("five five five, oh one four two"), English and Spanish.</summary>
    public static readonly FrozenSet<string> Digits = FrozenSet.Create(StringComparer.Ordinal,
        "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve");

    /// <summary>Every spelling of a USPS street type ("street", "st", "avenue", "av"…), folded.</summary>
    public static readonly FrozenSet<string> StreetSuffixWords =
        StreetSuffixes.AllWords.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"n", "north", "norte", "sw"…, folded.</summary>
    public static readonly FrozenSet<string> DirectionalWords =
        Directionals.AllWords.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"one" … "ninety", "hundred": a house number said in words, folded.</summary>
    public static readonly FrozenSet<string> CardinalWords =
        NumberWords.AllWords.Where(w => NumberWords.TryCardinal(w, out _)).Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Apartment and suite words: the unit after a street goes with it.</summary>
    public static readonly FrozenSet<string> Units = FrozenSet.Create(StringComparer.Ordinal,
        "apt", "apartment", "unit", "suite", "ste", "room", "rm", "lot", "space", "number", "no",
        "apartamento", "depto", "departamento", "piso", "numero");

    /// <summary>Spanish street types, which come before the name and the number: "calle Robles 123".</summary>
    public static readonly FrozenSet<string> StreetTypesFirst = FrozenSet.Create(StringComparer.Ordinal,
        "calle", "avenida", "avda", "av", "camino", "carretera", "paseo", "bulevar", "boulevard", "callejon",
        "privada", "cerrada", "calzada", "carrera", "ruta");

    /// <summary>Introductions after which any words are a name: "my name is …", "me llamo …".</summary>
    public static readonly ImmutableArray<string[]> NameIntroductions =
    [
        ["my", "name", "is"], ["my", "names"], ["name", "is"], ["names"], ["i", "am", "called"], ["call", "me"],
        ["me", "llamo"], ["mi", "nombre", "es"], ["me", "dicen"], ["my", "full", "name", "is"],
    ];

    /// <summary>Introductions that only name someone when a capitalized word follows: "this is Ana Ruiz" but not "this is confusing".</summary>
    public static readonly ImmutableArray<string[]> CapitalizedIntroductions =
    [
        ["this", "is"], ["im"], ["i", "am"], ["soy"], ["habla"], ["it", "is"], ["its"],
    ];
}
