namespace Elections.Bots.Core.BotModel;

/// <summary>es-US sample utterances; see <see cref="EnglishUtterances"/>. Written as voters type and say them.</summary>
internal static class SpanishUtterances
{
    public static readonly ImmutableArray<string> Welcome =
    [
        "hola", "buenos días", "buenas tardes", "buenas noches", "buenas", "hola buenos días", "qué tal", "saludos",
        "hola qué tal", "empezar", "comenzar", "iniciar", "hola bot", "buen día",
    ];

    public static readonly ImmutableArray<string> NextElection =
    [
        "cuándo es la próxima elección", "cuándo es la elección", "cuál es la fecha de la elección",
        "qué día es el día de las elecciones", "cuándo son las elecciones", "cuándo votamos", "hay alguna elección pronto",
        "qué elecciones vienen", "próxima elección", "fecha de la elección", "cuándo es la elección especial",
        "cuál es la próxima elección", "háblame de la próxima elección", "cuándo hay elecciones",
    ];

    public static readonly ImmutableArray<string> ElectionHours =
    [
        "a qué hora abren las casillas", "a qué hora cierran las casillas", "a qué hora abren los lugares de votación",
        "a qué hora cierran los lugares de votación", "horario de votación", "cuál es el horario de votación",
        "hasta qué hora puedo votar", "están abiertas las casillas ahora", "a qué hora puedo votar el día de las elecciones",
        "horario del día de las elecciones", "a qué hora termina la votación", "a qué hora empieza la votación",
        "cuándo abren las casillas", "cuándo cierran las casillas",
    ];

    public static readonly ImmutableArray<string> RegistrationDeadline =
    [
        "cuál es el último día para registrarme", "cuál es la fecha límite para registrarme", "fecha límite de registro",
        "cuándo es la fecha límite para registrarse para votar", "es muy tarde para registrarme", "hasta cuándo puedo registrarme",
        "último día para registrarse", "cuándo se cierra el registro", "ya es tarde para inscribirme",
        "cuál es el plazo para registrarme", "todavía me puedo registrar", "puedo registrarme el día de las elecciones",
        "fecha límite para inscribirse", "todavía hay tiempo para registrarme",
    ];

    public static readonly ImmutableArray<string> RegistrationStatus =
    [
        "estoy registrado para votar", "estoy registrada para votar", "estoy registrado", "verificar mi registro",
        "revisar mi registro de votante", "mi registro está activo", "estoy en la lista de votantes",
        "quiero saber si estoy registrado", "buscar mi registro", "cuál es el estado de mi registro",
        "estado de mi registro de votante", "confirmar mi registro", "sigo registrado", "estoy inscrito para votar",
    ];

    public static readonly ImmutableArray<string> PollingPlace =
    [
        "dónde voto", "dónde está mi lugar de votación", "cuál es mi casilla", "buscar mi lugar de votación",
        "dónde me toca votar", "lugar de votación", "a dónde voy a votar", "dónde puedo votar el día de las elecciones",
        "cuál es mi lugar de votación", "dónde voto vivo en {Address}", "vivo en {Address} dónde voto",
        "mi dirección es {Address}", "cuál es mi casilla para {Address}", "lugar de votación para {Address}",
        "dónde me toca votar si vivo en {Address}", "dónde está mi casilla vivo en {Address}",
    ];

    public static readonly ImmutableArray<string> EarlyVoting =
    [
        "dónde puedo votar por adelantado", "sitios de votación anticipada", "cuándo es la votación anticipada",
        "horario de votación anticipada", "puedo votar antes", "dónde es la votación anticipada", "quiero votar temprano",
        "votación anticipada", "voto anticipado", "cómo voto por adelantado", "cuándo empieza la votación anticipada",
        "votación anticipada cerca de {Address}", "dónde puedo votar por adelantado cerca de {Address}",
        "dónde puedo votar temprano vivo en {Address}",
    ];

    public static readonly ImmutableArray<string> MailBallot =
    [
        "quiero votar por correo", "votar por correo", "boleta por correo", "boleta de voto ausente",
        "cómo consigo una boleta por correo", "pedir una boleta por correo", "necesito una boleta de voto ausente",
        "cómo voto en ausencia", "mándenme una boleta", "cuál es la fecha límite para pedir la boleta por correo",
        "cuándo tengo que devolver mi boleta por correo", "cómo devuelvo mi boleta por correo", "cómo voto por correo",
        "solicitar boleta por correo",
    ];

    public static readonly ImmutableArray<string> DropBoxes =
    [
        "dónde están los buzones", "ubicación de los buzones", "dónde está el buzón más cercano", "buzón para boletas",
        "dónde puedo dejar mi boleta", "dónde deposito mi boleta", "dejar mi boleta en un buzón", "buscar un buzón",
        "horario de los buzones", "buzones de boletas", "buzón cerca de {Address}", "buzón más cercano a {Address}",
        "dónde está el buzón más cercano a {Address}", "dónde puedo dejar mi boleta cerca de {Address}",
    ];

    public static readonly ImmutableArray<string> ContactOffice =
    [
        "comunicarme con la oficina de elecciones", "teléfono de la oficina de elecciones",
        "cómo me comunico con la oficina electoral", "llamar a la oficina de elecciones", "dónde está la oficina de elecciones",
        "dirección de la oficina de elecciones", "horario de la oficina de elecciones", "correo de la oficina de elecciones",
        "información de contacto de la oficina electoral", "necesito llamar a la oficina de elecciones",
        "cuál es el correo electrónico de la oficina", "número de teléfono de la oficina de elecciones",
        "cómo contacto a la oficina electoral",
    ];

    public static readonly ImmutableArray<string> AskQuestion =
    [
        "tengo una pregunta", "hacer una pregunta", "tengo una pregunta sobre {Query}", "pregunta sobre {Query}",
        "pregunta {Query}", "quiero preguntar {Query}", "quiero preguntar sobre {Query}", "quiero saber {Query}",
        "háblame de {Query}", "me puede decir {Query}", "información sobre {Query}", "qué hay de {Query}",
        "necesito información sobre {Query}", "una pregunta {Query}",
    ];

    public static readonly ImmutableArray<string> HandOff =
    [
        "hablar con una persona", "quiero hablar con alguien", "agente", "representante", "operador",
        "comuníqueme con un agente", "necesito hablar con un humano", "pásame con una persona", "persona real",
        "quiero hablar con un representante", "hablar con un agente", "transfiérame", "atención al cliente",
        "hablar con alguien de la oficina",
    ];

    /// <summary>Solo Alexa: "dos", "número dos", "opción dos" después de leer las opciones numeradas.</summary>
    public static readonly ImmutableArray<string> Choice =
    [
        "{Number}", "número {Number}", "opción {Number}", "la {Number}", "el {Number}", "el número {Number}",
        "la opción {Number}", "{Number} por favor", "elijo la {Number}", "quiero la {Number}", "escojo la {Number}",
        "me quedo con la {Number}", "la número {Number}", "opción número {Number}", "número {Number} por favor",
        "la {Ordinal}", "el {Ordinal}", "la {Ordinal} opción", "{Ordinal}", "quiero la {Ordinal}", "la {Ordinal} por favor",
        "me quedo con la {Ordinal}", "el {Ordinal} por favor",
    ];

    public static readonly ImmutableArray<string> ChangeLanguage =
    [
        "en {Language} por favor", "{Language} por favor", "cambiar a {Language}", "cambia el idioma a {Language}",
        "hablemos en {Language}", "habla {Language}", "prefiero {Language}", "quiero hablar en {Language}",
        "contésteme en {Language}", "en {Language}", "cambiar idioma", "cambiar de idioma", "puede hablar en {Language}",
        "habla usted {Language}",
    ];

    public static readonly ImmutableArray<string> Help =
    [
        "ayuda", "ayúdame", "necesito ayuda", "qué puedes hacer", "qué puedo preguntar", "cómo funciona esto",
        "qué haces", "cuáles son mis opciones", "menú", "opciones", "qué te puedo preguntar", "cómo uso esto",
        "me puedes ayudar", "qué preguntas puedes contestar",
    ];

    public static readonly ImmutableArray<string> Stop =
    [
        "adiós", "detener", "salir", "terminar", "eso es todo", "ya terminé", "gracias adiós", "no gracias eso es todo",
        "hasta luego", "chao", "nos vemos", "listo", "gracias hasta luego", "fin",
    ];

    public static readonly ImmutableArray<string> Cancel =
    [
        "cancelar", "cancela eso", "olvídalo", "no importa", "déjalo", "cancelar por favor", "borra eso",
        "no te preocupes", "ahora no", "no gracias", "olvida eso", "cancela mi solicitud", "mejor no", "anular",
    ];

    public static readonly ImmutableArray<string> Fallback =
    [
        "eh", "ajá", "mmm", "bla bla bla", "lo que sea", "no sé", "nada", "qué", "prueba", "probando",
        "la la la", "palabras al azar", "asdf", "me da igual",
    ];
}
