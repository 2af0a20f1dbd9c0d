using System.Collections.Immutable;
using Elections.Bots.Core.BotModel;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Understanding;

namespace Elections.Bots.Core.Tests.Understanding;

public sealed class TextInterpreterTests
{
    private static readonly TextInterpreter Interpreter = TextInterpreter.Default;

    [Theory]
    [InlineData("where do I vote? I live at 12 Oak St", Locale.English, IntentNames.PollingPlace, "12 Oak St")]
    [InlineData("my address is 45 Elm Street, where's my polling place", Locale.English, IntentNames.PollingPlace, "45 Elm Street")]
    [InlineData("early voting near 300 River Rd Eastfield", Locale.English, IntentNames.EarlyVoting, "300 River Rd Eastfield")]
    [InlineData("nearest drop box to 18 Maple St, Millbrook 99961", Locale.English, IntentNames.DropBoxes, "18 Maple St, Millbrook 99961")]
    [InlineData("I live at 9 Pine Ln. Where do I vote?", Locale.English, IntentNames.PollingPlace, "9 Pine Ln")]
    [InlineData("¿Dónde voto? Vivo en 12 Oak St", Locale.Spanish, IntentNames.PollingPlace, "12 Oak St")]
    [InlineData("mi dirección es 45 Elm Street, ¿dónde está mi casilla?", Locale.Spanish, IntentNames.PollingPlace, "45 Elm Street")]
    [InlineData("buzón más cercano a 18 Maple St", Locale.Spanish, IntentNames.DropBoxes, "18 Maple St")]
    public void Interpret_WhenAddressIsInTheSentence_ExtractsItWithTheIntent(string text, Locale locale, string intent, string address)
    {
        var result = Interpreter.Interpret(text, locale);

        Assert.Equal(intent, result.Intent);
        Assert.Equal(address, result.Slot(SlotNames.Address));
    }

    [Theory]
    [InlineData("I'm 17, can I vote?")]
    [InlineData("can I vote at 18")]
    [InlineData("polls close at 8")]
    public void Interpret_WhenANumberIsNotAnAddress_DoesNotCallItOne(string text)
    {
        Assert.Null(Interpreter.Interpret(text, Locale.English).Slot(SlotNames.Address));
    }

    [Fact]
    public void Interpret_WhenEngineAskedForAnAddress_ReadsTheReplyAsTheAddress()
    {
        var waiting = SessionState.New with { PendingIntent = IntentNames.EarlyVoting };

        var result = Interpreter.Interpret("1733 Old Mill Rd", Locale.English, waiting);

        Assert.Equal(IntentNames.EarlyVoting, result.Intent);
        Assert.Equal("1733 Old Mill Rd", result.Slot(SlotNames.Address));
    }

    [Fact]
    public void Interpret_WhenOnlyAnAddressIsGiven_TakesItAsThePollingPlaceQuestion()
    {
        var result = Interpreter.Interpret("I live at 12 Oak St", Locale.English);

        Assert.Equal(IntentNames.PollingPlace, result.Intent);
        Assert.Equal("12 Oak St", result.Slot(SlotNames.Address));
    }

    [Theory]
    [InlineData("How do I register to vote?")]
    [InlineData("What ID do I need to vote?")]
    [InlineData("Can I take time off work to vote?")]
    [InlineData("I need help with my ballot")]
    [InlineData("Do you have ballots in Spanish?")]
    public void Interpret_WhenTextIsAQuestionTheFaqAnswers_LeavesItToTheFaq(string text)
    {
        var result = Interpreter.Interpret(text, Locale.English);

        Assert.Equal(IntentNames.AskQuestion, result.Intent);
        Assert.Equal(text, result.Slot(SlotNames.Query));
    }

    [Theory]
    [InlineData("when is the last day to register", IntentNames.RegistrationDeadline)]
    [InlineData("what's the last day to register to vote?", IntentNames.RegistrationDeadline)]
    [InlineData("am I registered", IntentNames.RegistrationStatus)]
    [InlineData("when is the next election", IntentNames.NextElection)]
    [InlineData("what time do the polls close", IntentNames.ElectionHours)]
    [InlineData("Where is my polling place?", IntentNames.PollingPlace)]
    [InlineData("elections office phone number", IntentNames.ContactOffice)]
    public void Interpret_WhenTextIsCloseToAnUtterance_PicksItsIntent(string text, string intent)
    {
        var result = Interpreter.Interpret(text, Locale.English);

        Assert.Equal(intent, result.Intent);
        Assert.InRange(result.Confidence, TextInterpreter.ConfidentScore, 1);
    }

    [Theory]
    [InlineData("español", Locale.English, LanguageValues.Spanish)]
    [InlineData("en español por favor", Locale.English, LanguageValues.Spanish)]
    [InlineData("Spanish please", Locale.English, LanguageValues.Spanish)]
    [InlineData("can we speak Spanish", Locale.English, LanguageValues.Spanish)]
    [InlineData("English please", Locale.Spanish, LanguageValues.English)]
    [InlineData("inglés", Locale.Spanish, LanguageValues.English)]
    [InlineData("en inglés por favor", Locale.Spanish, LanguageValues.English)]
    public void Interpret_WhenVoterAsksForALanguage_ChangesLanguageWithTheValue(string text, Locale locale, string language)
    {
        var result = Interpreter.Interpret(text, locale);

        Assert.Equal(IntentNames.ChangeLanguage, result.Intent);
        Assert.Equal(language, result.Slot(SlotNames.Language));
    }

    [Theory]
    [InlineData("stop", Locale.English, IntentNames.Stop)]
    [InlineData("goodbye", Locale.English, IntentNames.Stop)]
    [InlineData("adiós", Locale.Spanish, IntentNames.Stop)]
    [InlineData("cancel that", Locale.English, IntentNames.Cancel)]
    [InlineData("never mind", Locale.English, IntentNames.Cancel)]
    [InlineData("help", Locale.English, IntentNames.Help)]
    [InlineData("what can you do", Locale.English, IntentNames.Help)]
    [InlineData("ayuda", Locale.Spanish, IntentNames.Help)]
    [InlineData("talk to a person", Locale.English, IntentNames.HandOff)]
    [InlineData("can I talk to a real person", Locale.English, IntentNames.HandOff)]
    [InlineData("agent", Locale.English, IntentNames.HandOff)]
    [InlineData("quiero hablar con una persona", Locale.Spanish, IntentNames.HandOff)]
    [InlineData("hi", Locale.English, IntentNames.Welcome)]
    [InlineData("good morning", Locale.English, IntentNames.Welcome)]
    [InlineData("buenos días", Locale.Spanish, IntentNames.Welcome)]
    public void Interpret_RecognizesConversationCommands(string text, Locale locale, string intent)
    {
        Assert.Equal(intent, Interpreter.Interpret(text, locale).Intent);
    }

    [Theory]
    [InlineData("I have a question about early voting", IntentNames.EarlyVoting)]
    [InlineData("ask where do I vote", IntentNames.PollingPlace)]
    public void Interpret_WhenQuestionCarrierLeadsToAKnownIntent_AnswersThatIntent(string text, string intent)
    {
        Assert.Equal(intent, Interpreter.Interpret(text, Locale.English).Intent);
    }

    [Fact]
    public void Interpret_WhenQuestionCarrierLeadsToAFreeQuestion_PassesOnlyTheQuestion()
    {
        var result = Interpreter.Interpret("I have a question about curbside voting for my grandmother", Locale.English);

        Assert.Equal(IntentNames.AskQuestion, result.Intent);
        Assert.Equal("curbside voting for my grandmother", result.Slot(SlotNames.Query));
    }

    [Fact]
    public void Interpret_WhenVoterOnlySaysTheyHaveAQuestion_AsksWithoutAQuery()
    {
        var result = Interpreter.Interpret("I have a question", Locale.English);

        Assert.Equal(IntentNames.AskQuestion, result.Intent);
        Assert.Null(result.Slot(SlotNames.Query));
    }

    [Theory]
    [InlineData("who should I vote for", Locale.English)]
    [InlineData("Which candidate is better on taxes?", Locale.English)]
    [InlineData("can you recommend a party", Locale.English)]
    [InlineData("¿Por quién debo votar?", Locale.Spanish)]
    [InlineData("¿Qué candidato es mejor?", Locale.Spanish)]
    public void Interpret_WhenVoterAsksWhomToVoteFor_FlagsARecommendationRequest(string text, Locale locale)
    {
        var result = Interpreter.Interpret(text, locale);

        Assert.True(result.AsksForRecommendation);
        Assert.Equal(IntentNames.Fallback, result.Intent);
    }

    [Theory]
    [InlineData("Who should I call about my mail ballot?")]
    [InlineData("Which drop box is closest?")]
    public void Interpret_WhenQuestionOnlySoundsLikeARecommendation_DoesNotFlagIt(string text)
    {
        Assert.False(Interpreter.Interpret(text, Locale.English).AsksForRecommendation);
    }

    [Theory]
    [InlineData("¿dónde voto?", IntentNames.PollingPlace)]
    [InlineData("hola", IntentNames.Welcome)]
    public void Interpret_WhenTextIsClearlyInTheOtherLanguage_UnderstandsItInThatLanguage(string text, string intent)
    {
        var result = Interpreter.Interpret(text, Locale.English);

        Assert.Equal(intent, result.Intent);
        Assert.Equal(Locale.Spanish, result.Locale);
    }

    [Fact]
    public void Interpret_WhenAStreetNameLooksSpanish_KeepsTheConversationsLanguage()
    {
        var result = Interpreter.Interpret("where do I vote I live at 5 Calle Real", Locale.English);

        Assert.Equal(Locale.English, result.Locale);
        Assert.Equal("5 Calle Real", result.Slot(SlotNames.Address));
    }

    [Theory]
    [InlineData("2", 1)]
    [InlineData("the second one", 1)]
    [InlineData("option 1", 0)]
    [InlineData("la primera", 0)]
    public void Interpret_WhenChoicesWereOffered_ReadsThePick(string text, int index)
    {
        var session = SessionState.New with { Choices = ["faq:mail-request", "faq:mail-return"] };

        var result = Interpreter.Interpret(text, Locale.English, session);

        Assert.Equal(IntentNames.AskQuestion, result.Intent);
        Assert.Equal(session.Choices[index][4..], result.FaqId);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("I have 2 questions")]
    public void Interpret_WhenTextIsNotAPickAmongTheChoices_IgnoresThem(string text)
    {
        var session = SessionState.New with { Choices = ["faq:mail-request", "intent:EarlyVoting"] };

        Assert.Null(Interpreter.Interpret(text, Locale.English, session).FaqId);
    }

    [Fact]
    public void Interpret_WhenPickedChoiceIsAnIntent_ReturnsThatIntent()
    {
        var session = SessionState.New with { Choices = ["faq:mail-request", "intent:EarlyVoting"] };

        Assert.Equal(IntentNames.EarlyVoting, Interpreter.Interpret("2", Locale.English, session).Intent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("😀🗳️")]
    [InlineData("?!?!")]
    public void Interpret_WhenTextHasNoWords_FallsBackWithNoConfidence(string? text)
    {
        var result = Interpreter.Interpret(text, Locale.English);

        Assert.Equal(IntentNames.Fallback, result.Intent);
        Assert.Equal(0, result.Confidence);
    }

    [Fact]
    public void Interpret_WhenTextIsTenThousandCharacters_ReadsOnlyItsStart()
    {
        var text = "where is my polling place" + new string(' ', 10_000) + "tell me a joke";

        Assert.Equal(IntentNames.PollingPlace, Interpreter.Interpret(text, Locale.English).Intent);
    }

    [Fact]
    public void Interpret_WhenTextIsTenThousandCharactersOfNoise_StaysBounded()
    {
        var text = string.Concat(Enumerable.Repeat("vote ballot 12 ", 700));

        var result = Interpreter.Interpret(text, Locale.English);

        Assert.InRange(result.Confidence, 0, 1);
        Assert.True((result.Slot(SlotNames.Query) ?? string.Empty).Length <= Elections.Bots.Core.Text.Tokenizer.MaxChars);
    }

    [Theory]
    [InlineData("🗳️ where do I vote 🗳️", IntentNames.PollingPlace)]
    [InlineData("WHERE DO I VOTE", IntentNames.PollingPlace)]
    [InlineData("where do i vote lol dónde voto", IntentNames.AskQuestion)]
    public void Interpret_WhenTextHasEmojiCapitalsOrMixedLanguages_StillReadsIt(string text, string intent)
    {
        Assert.Equal(intent, Interpreter.Interpret(text, Locale.English).Intent);
    }

    [Fact]
    public void Interpret_AsTheEnginesInterpreter_ReturnsIntentSlotsAndConfidence()
    {
        ITextInterpreter engineView = Interpreter;

        var result = engineView.Interpret("where do I vote? I live at 12 Oak St", Locale.English, SessionState.New);

        Assert.Equal(IntentNames.PollingPlace, result.Intent);
        Assert.Equal("12 Oak St", result.Slots[SlotNames.Address]);
        Assert.InRange(result.Confidence, 0.6, 1);
    }

    [Fact]
    public void Constructor_WhenGivenAnotherModel_MatchesItsUtterances()
    {
        var model = ImmutableArray.Create(
            new IntentDefinition(IntentNames.Help, [], new Localized<ImmutableArray<string>>(["show me the menu"], ["muéstrame el menú"])),
            new IntentDefinition(IntentNames.AskQuestion, [ElectionsBotModel.Query], new Localized<ImmutableArray<string>>(["ask {Query}"], ["pregunta {Query}"])));
        var interpreter = new TextInterpreter(model);

        Assert.Equal(IntentNames.Help, interpreter.Interpret("show me the menu", Locale.English).Intent);
        Assert.Equal("whatever", interpreter.Interpret("ask whatever", Locale.English).Slot(SlotNames.Query));
    }
}
