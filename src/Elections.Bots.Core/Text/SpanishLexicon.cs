namespace Elections.Bots.Core.Text;

/// <summary>Spanish counterpart of <see cref="EnglishLexicon"/>; words are written folded (no accents, ñ as n).</summary>
internal static class SpanishLexicon
{
    /// <summary>Words that carry no topic; "cuando", "donde", "quien", "como" and "por que" stay.</summary>
    public static readonly string[] StopWords =
    [
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "al", "a", "en", "y", "e", "o", "u",
        "que", "se", "me", "te", "le", "les", "nos", "mi", "mis", "tu", "tus", "su", "sus", "yo", "usted", "ustedes",
        "el", "ella", "ellos", "ellas", "nosotros", "este", "esta", "esto", "estos", "estas", "ese", "esa", "eso",
        "esos", "esas", "es", "son", "ser", "soy", "era", "fue", "estar", "esta", "estan", "estamos", "he",
        "ha", "han", "hay", "haber", "puedo", "puede", "pueden", "podemos", "poder", "podre", "podra", "podria",
        "tengo", "tiene", "tienen", "tener", "hacer", "hago", "hace", "hacen", "ir", "voy", "va", "van", "quiero",
        "quiere", "quisiera", "necesito", "necesita", "para", "por", "con", "sin", "pero", "si", "no", "ya", "muy",
        "mas", "todo", "toda", "todos", "todas", "algo", "alguien", "alguno", "alguna", "cual", "cuales", "favor",
        "gracias", "hola", "oiga", "bueno", "pues", "entonces", "tambien", "solo", "aqui", "alli", "ahi", "otro",
        "otra", "otros", "otras", "mismo", "misma", "dar", "dan", "dame", "saber", "se", "sabe", "digame", "dime",
        "todavia", "aun", "ahora", "cosa", "debo", "deberia", "dejan", "deja",
    ];

    /// <summary>Words that ask a question only where a clause starts (see <see cref="EnglishLexicon.QuestionWords"/>).</summary>
    public static readonly string[] QuestionWords = ["quien", "quienes", "cuando", "donde", "como"];

    /// <summary>The few words intent matching ignores.</summary>
    public static readonly string[] FillerWords =
    [
        "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "favor", "porfa", "pues", "este",
        "es", "esta", "y", "o", "e", "bueno", "oiga",
    ];

    public static readonly (string Canonical, string[] Variants)[] Synonyms =
    [
        ("registrar", ["inscribir", "inscribirse", "inscripcion", "inscrito", "inscrita", "empadronar", "empadronado",
            "apuntar", "apunto"]),
        ("correo", ["ausente", "ausencia", "correspondencia", "postal"]),
        ("lugar", ["casilla", "centro", "sitio", "local", "urna", "caseta", "ubicacion"]),
        ("identificacion", ["credencial", "identidad", "id", "documento", "documentos"]),
        ("telefono", ["celular", "movil", "cel", "llamar", "llamo"]),
        ("foto", ["fotografia", "selfie", "imagen", "fotos"]),
        ("jefe", ["patron", "empleador", "supervisor", "gerente"]),
        ("trabajo", ["empleo", "chamba", "turno"]),
        ("discapacidad", ["discapacitado", "discapacitada", "minusvalido", "incapacidad", "discapacidades"]),
        ("acceso", ["accesible", "accesibilidad", "apoyo", "apoyos", "adaptacion"]),
        ("ayuda", ["asistir", "asistencia", "ayudar"]),
        ("carcel", ["prision", "preso", "encarcelado", "reclusion"]),
        ("delito", ["felonia", "penal", "penales", "criminal", "antecedentes", "condena", "condenado", "condenaron", "condenada"]),
        ("verificar", ["revisar", "reviso", "revisan", "comprobar", "checar", "confirmar"]),
        ("mandar", ["enviar", "envio", "envie", "mando", "mandan"]),
        ("extranjero", ["exterior"]),
        ("militar", ["ejercito", "marina", "soldado", "desplegado", "militares", "tropas"]),
        ("estudiante", ["universidad", "universitario", "universitaria", "colegio", "escuela", "estudiar", "estudio", "estudian"]),
        ("joven", ["adolescente", "menor", "jovenes"]),
        ("16", ["dieciseis"]),
        ("17", ["diecisiete"]),
        ("18", ["dieciocho"]),
        ("direccion", ["domicilio"]),
        ("albergue", ["refugio"]),
        ("ganar", ["gano", "ganador", "ganaron"]),
        ("contar", ["conteo", "recuento", "escrutinio", "cuentan", "contaron"]),
        ("hackear", ["alterar", "altera", "manipular", "fraude", "trampa", "hackeo"]),
        ("seguridad", ["seguro", "segura", "seguros"]),
        ("campana", ["proselitismo", "propaganda", "campanas"]),
        ("letrero", ["cartel", "volante", "volantes", "anuncio"]),
        ("interprete", ["traductor", "traducir", "traduccion", "traduzca", "interpretes"]),
        ("idioma", ["lengua", "espanol", "ingles", "chino", "vietnamita", "coreano", "frances", "idiomas"]),
        ("casar", ["boda", "matrimonio", "case", "casarme", "divorcio"]),
        ("mudar", ["mudanza", "mude", "mudarme", "cambiarme"]),
        ("partido", ["afiliacion", "afiliado", "afiliada", "democrata", "republicano", "independiente"]),
        ("candidato", ["candidatura", "postular", "postularse", "postulo", "candidata"]),
        ("muestra", ["ejemplo", "practica", "simulacro"]),
        ("propuesta", ["medida", "medidas", "proposicion", "referendum", "iniciativa", "enmienda"]),
        ("auto", ["carro", "coche", "vehiculo", "camioneta"]),
        ("acera", ["banqueta"]),
        ("hospital", ["internado", "internada", "hospitalizado", "hospitalizada", "clinica"]),
        ("enfermo", ["enfermedad", "operaron", "cirugia", "operacion"]),
        ("danar", ["dano", "danada", "roto", "romper", "rompio", "mojar", "mojo", "manchar", "mancho"]),
        ("reemplazo", ["reposicion", "reemplazar", "repuesto"]),
        ("fila", ["cola", "formado", "formada"]),
        ("reportar", ["queja", "quejar", "quejarse", "quejo", "denunciar", "denuncia", "reclamo", "reporte"]),
        ("intimidar", ["intimidacion", "amenazar", "acosar", "acoso", "amenaza"]),
        ("contactar", ["comunicar", "comunicarme", "comunico"]),
        ("cerrar", ["cierran", "cierre", "cierra", "terminar", "termina"]),
        ("abrir", ["abren", "abierto", "abiertas", "abiertos", "empezar", "empieza", "comenzar", "comienza", "iniciar", "inicia"]),
        ("hora", ["horario", "horarios"]),
        ("firma", ["firmar", "firme", "firmado"]),
        ("seguimiento", ["rastrear", "rastreo"]),
        ("error", ["equivocar", "equivoque", "equivoco", "equivocado", "mal"]),
        ("corregir", ["arreglar", "corrijo", "arreglarlo", "reparar"]),
        ("oficina", ["departamento", "secretario"]),
        ("ciego", ["invidente", "ciegos"]),
        ("maquina", ["equipo", "dispositivo", "tableta"]),
        ("cerca", ["cercano", "cercana", "proximidad"]),
        ("resultado", ["totales"]),
        ("ciudadano", ["ciudadania", "ciudadana"]),
        ("requisito", ["requerimiento", "condicion"]),
        ("pagar", ["pagan", "paga", "pago", "sueldo", "salario", "pagado", "pagada"]),
        ("recibir", ["recibieron", "recibio", "llegar", "llego", "llegado", "llega"]),
        ("weekday", ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "semana"]),
        ("deadline", ["plazo", "vencimiento"]),
        ("anticipado", ["anticipada", "adelantado", "temprano", "antes"]),
        ("eleccion", ["electoral", "electorales", "comicios"]),
        ("dropbox", ["buzon", "buzones", "depositar", "deposito"]),
    ];

    public static readonly (string Phrase, string Canonical)[] Phrases =
    [
        ("correo electronico", "email"), ("fecha limite", "deadline"), ("ultimo dia", "deadline"),
        ("trabajador electoral", "pollworker"), ("trabajadores electorales", "pollworker"),
        ("trabajador de casilla", "pollworker"), ("funcionario de casilla", "pollworker"),
        ("fuera del pais", "extranjero"), ("otro pais", "extranjero"), ("en persona", "enpersona"),
        ("tiempo libre", "permiso"), ("silla de ruedas", "sillaruedas"), ("hasta cuando", "deadline"),
        ("a tiempo", "deadline"), ("muy tarde", "deadline"),
    ];
}
