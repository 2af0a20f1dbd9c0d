using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Facts;
using Elections.Bots.Core.Ports;
using Elections.Bots.Core.Speech;

namespace Elections.Bots.Core.Dialog;

/// <summary>
/// The one dialog engine every channel shares: decides what the voter hears from one dataset version and the
/// jurisdiction's local time. It never throws to its caller: a failure becomes a polite reply with the office's phone.
/// </summary>
public sealed class DialogEngine(
    IFactStore store,
    EngineOptions options,
    TimeProvider time,
    ITextInterpreter? interpreter = null,
    FrozenDictionary<string, IIntentHandler>? handlers = null)
{
    private readonly FrozenDictionary<string, IIntentHandler> _handlers = handlers ?? IntentHandlers.Default;

    /// <summary>The local NLU reads typed text and second-guesses a channel's fallback; one model, one behaviour everywhere.</summary>
    private readonly ITextInterpreter _interpreter = interpreter ?? Understanding.TextInterpreter.Default;

    public async ValueTask<DialogReply> HandleAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var localNow = TimeZoneInfo.ConvertTime(time.GetUtcNow(), options.TimeZone);
        var locale = turn.Session.PreferredLocale ?? turn.Locale;

        ElectionFacts? facts;
        try
        {
            facts = await store.GetFactsAsync(cancellationToken);
        }
        catch (FactStoreUnavailableException)
        {
            facts = null;
        }
        catch (OperationCanceledException)
        {
            return NoData(turn, locale, localNow, "timeout");
        }
        if (facts is null) return NoData(turn, locale, localNow, "no-data");

        try
        {
            var context = Understand(turn, facts, localNow, locale, cancellationToken);
            var handler = _handlers.GetValueOrDefault(context.Intent) ?? _handlers[IntentNames.Fallback];
            var reply = await handler.HandleAsync(context);
            return NoticeInjector.Apply(reply, facts, localNow);
        }
        catch (Exception exception) when (exception is FactStoreUnavailableException or OperationCanceledException)
        {
            return Failed(turn, facts, locale, localNow, exception is OperationCanceledException ? "timeout" : "store-unavailable");
        }
        catch (Exception exception)
        {
            // A bug must not reach the voter as silence or a stack trace; the type name alone goes to the turn log.
            return Failed(turn, facts, locale, localNow, "error:" + exception.GetType().Name);
        }
    }

    /// <summary>Decides which intent this turn is, with which slots, before any handler runs.</summary>
    private TurnContext Understand(DialogTurn turn, ElectionFacts facts, DateTimeOffset localNow, Locale locale, CancellationToken cancellationToken)
    {
        var text = Cap(turn.Text);
        var session = turn.Session;
        var intent = turn.Intent is { } named && IntentNames.All.Contains(named) ? named : null;
        var slots = turn.Slots;
        string? chosenFaq = null;
        var asksForRecommendation = false;

        // Sentiment is the channel's reading; two negative turns in a row get a person. (Copied only when it changes:
        // most turns are not negative and follow turns that were not.)
        var negativeTurns = turn.Sentiment == Sentiment.Negative ? session.NegativeTurns + 1 : 0;
        if (negativeTurns != session.NegativeTurns) session = session with { NegativeTurns = negativeTurns };

        var wantsText = intent is null or IntentNames.Fallback or IntentNames.AskQuestion;
        var number = wantsText && text is not null ? ChoiceNumber.Parse(text)
            : intent == IntentNames.Choice && (text ?? turn.Slot(SlotNames.Number) ?? turn.Slot(SlotNames.Ordinal)) is { } said ? ChoiceNumber.Parse(said) : 0;
        if (ChoiceTarget(number, session) is { } target)
        {
            // "2", "the second one", "la segunda", typed, spoken or pressed, picks from the choices offered last turn.
            if (target.StartsWith("faq:", StringComparison.Ordinal))
            {
                intent = IntentNames.AskQuestion;
                chosenFaq = target[4..];
            }
            else
            {
                intent = target[7..];
            }
            slots = DialogTurn.NoSlots;
        }
        else if (intent == IntentNames.Choice || (number > 0 && !session.Choices.IsDefaultOrEmpty))
        {
            // A number we cannot map (none offered, or "five" of two): the choice handler says what can be picked.
            intent = IntentNames.Choice;
            slots = DialogTurn.NoSlots;
        }
        else if (wantsText && text is not null && (intent is not IntentNames.AskQuestion || turn.Slot(SlotNames.Query) is null))
        {
            var reading = _interpreter.Interpret(text, locale, session);
            if (reading.TextLocale is { } written && written != locale)
            {
                // Spanish typed to the English bot (or the reverse): answer in the voter's language from now on.
                locale = written;
                session = session with { PreferredLocale = written };
            }
            var structured = reading.Confidence >= options.IntentConfidenceThreshold &&
                             reading.Intent is not (IntentNames.AskQuestion or IntentNames.Fallback);
            if (reading.ChosenFaqId is { } picked)
            {
                intent = IntentNames.AskQuestion;
                chosenFaq = picked;
            }
            else if (structured)
            {
                intent = reading.Intent;
                slots = reading.Slots;
            }
            else if (session.PendingIntent is { } pending && LooksLikeAddressAnswer(text, session))
            {
                // We asked for an address and got text that is nothing else: it is the answer.
                intent = pending;
                slots = new Dictionary<string, string>(StringComparer.Ordinal) { [SlotNames.Address] = text };
            }
            else
            {
                intent = IntentNames.AskQuestion;
                slots = new Dictionary<string, string>(StringComparer.Ordinal) { [SlotNames.Query] = text };
                asksForRecommendation = reading.AsksForRecommendation;
            }
        }
        intent ??= text is null ? IntentNames.Fallback : IntentNames.AskQuestion;

        if (session.NegativeTurns >= 2 && intent is not (IntentNames.Stop or IntentNames.Cancel))
        {
            intent = IntentNames.HandOff;
            session = session with { NegativeTurns = 0 };
        }

        // A new request drops an unfinished address question, unless this turn answers it.
        if (session.PendingIntent is not null && intent != session.PendingIntent)
        {
            session = session with { PendingIntent = null, AddressAttempts = 0, Address = null };
        }
        return new TurnContext(turn, intent, slots, text, facts, store, localNow, locale, session, cancellationToken, chosenFaq)
        {
            AsksForRecommendation = asksForRecommendation,
        };
    }

    /// <summary>
    /// While we wait for an address, text with a number in it ("12 Oak St", "99961") or a short answer to our
    /// clarifying question ("Pine Hollow") is the address; a sentence is a new question.
    /// </summary>
    private static bool LooksLikeAddressAnswer(string text, SessionState session) =>
        text.Any(char.IsAsciiDigit) ||
        (session.Address is not null && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3);

    private static string? ChoiceTarget(int number, SessionState session) =>
        number > 0 && !session.Choices.IsDefaultOrEmpty && number <= session.Choices.Length ? session.Choices[number - 1] : null;

    private string? Cap(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        return trimmed.Length <= options.MaxTextLength ? trimmed : trimmed[..options.MaxTextLength];
    }

    /// <summary>No dataset could be read: the configured phone is the one thing we can still give.</summary>
    private DialogReply NoData(DialogTurn turn, Locale locale, DateTimeOffset localNow, string detail)
    {
        var reply = new ReplyBuilder(locale, DateOnly.FromDateTime(localNow.DateTime));
        reply.Say("I'm sorry, I can't look up election information right now. Please call the elections office at ",
            "Lo siento, ahora no puedo consultar la información electoral. Por favor, llame a la oficina electoral al ")
            .Phone(options.FallbackPhone).Say(".");
        return reply.Build(turn.Intent ?? IntentNames.Fallback, ReplyOutcome.Error, turn.Session,
            new AnswerTrace(turn.Intent ?? IntentNames.Fallback, Detail: detail));
    }

    private static DialogReply Failed(DialogTurn turn, ElectionFacts facts, Locale locale, DateTimeOffset localNow, string detail)
    {
        var reply = new ReplyBuilder(locale, DateOnly.FromDateTime(localNow.DateTime));
        reply.Say("I'm sorry, something went wrong on our side. Please try again, or ",
            "Lo siento, algo falló de nuestro lado. Inténtelo de nuevo, o ");
        Intents.CommonReplies.CallOffice(reply, facts).Say(".");
        return reply.Build(turn.Intent ?? IntentNames.Fallback, ReplyOutcome.Error, turn.Session,
            new AnswerTrace(turn.Intent ?? IntentNames.Fallback, DatasetVersion: facts.DatasetVersion, Detail: detail));
    }
}
