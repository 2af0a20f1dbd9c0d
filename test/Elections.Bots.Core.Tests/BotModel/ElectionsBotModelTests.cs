using System.Text.RegularExpressions;
using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Core.Tests.BotModel;

/// <summary>
/// The bot model must export cleanly to Lex and Alexa, which reject duplicate utterances, unknown slots and
/// punctuation, and must give the local NLU enough samples to match typed text.
/// </summary>
public sealed partial class ElectionsBotModelTests
{
    public static TheoryData<Locale> Locales => [Locale.English, Locale.Spanish];

    [Fact]
    public void Intents_ContainEveryIntentNameOnce()
    {
        Assert.Equal(IntentNames.All.Order(), ElectionsBotModel.Intents.Select(i => i.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Utterances_EveryIntent_HasAtLeastTwelvePerLocale(Locale locale)
    {
        Assert.All(ElectionsBotModel.Intents, intent =>
            Assert.True(intent.Utterances.For(locale).Length >= 12, $"{intent.Name} has {intent.Utterances.For(locale).Length} {locale} utterances"));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Utterances_EveryPlaceholder_NamesADeclaredSlot(Locale locale)
    {
        Assert.All(ElectionsBotModel.Intents, intent =>
        {
            foreach (var utterance in intent.Utterances.For(locale))
            {
                foreach (Match slot in SlotPattern().Matches(utterance))
                {
                    Assert.True(intent.Slot(slot.Groups[1].Value) is not null, $"{intent.Name}: '{utterance}' uses an undeclared slot");
                }
            }
        });
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Utterances_AreUniqueAcrossAllIntents(Locale locale)
    {
        var duplicates = ElectionsBotModel.Intents
            .SelectMany(i => i.Utterances.For(locale).Select(u => (Intent: i.Name, Key: string.Join(' ', u.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)))))
            .GroupBy(u => u.Key)
            .Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}' in {string.Join(", ", g.Select(u => u.Intent))}");
        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Utterances_UseOnlyCharactersLexAndAlexaAccept(Locale locale)
    {
        var offending = ElectionsBotModel.Intents.SelectMany(i => i.Utterances.For(locale))
            .Where(u => !AllowedUtterance().IsMatch(SlotPattern().Replace(u, "x")) || u != u.Trim() || u.Contains("  ", StringComparison.Ordinal));
        Assert.Empty(offending);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Utterances_WithAddressOrQuery_PutADeclaredCarrierRightBeforeTheSlot(Locale locale)
    {
        foreach (var intent in ElectionsBotModel.Intents)
        {
            foreach (var slot in intent.Slots.Where(s => s.Name is SlotNames.Address or SlotNames.Query))
            {
                var carriers = slot.Carriers.For(locale);
                foreach (var utterance in intent.Utterances.For(locale).Where(u => u.Contains($"{{{slot.Name}}}", StringComparison.Ordinal)))
                {
                    var before = utterance[..utterance.IndexOf($"{{{slot.Name}}}", StringComparison.Ordinal)].TrimEnd();
                    Assert.True(
                        carriers.Any(c => before.Equals(c, StringComparison.OrdinalIgnoreCase) || before.EndsWith(" " + c, StringComparison.OrdinalIgnoreCase)),
                        $"{intent.Name}: '{utterance}' has no {slot.Name} carrier before the slot");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Utterances_WithSearchQuery_HaveACarrierPhraseAndNoOtherSlot(Locale locale)
    {
        var withQuery = ElectionsBotModel.Intents.SelectMany(i => i.Utterances.For(locale)).Where(u => u.Contains("{Query}", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(withQuery);
        Assert.All(withQuery, u =>
        {
            Assert.NotEqual("{Query}", u);
            Assert.Single(SlotPattern().Matches(u));
        });
    }

    [Fact]
    public void SlotTypes_MapToThePlatformBuiltIns()
    {
        // Lex V2 has no address built-in: it gets a custom type that passes on what the voter said.
        Assert.Null(ElectionsBotModel.Address.Type.LexBuiltIn);
        Assert.True(ElectionsBotModel.Address.Type.ValuesAreExamples);
        Assert.NotEmpty(ElectionsBotModel.Address.Type.Values);
        Assert.Equal("AMAZON.PostalAddress", ElectionsBotModel.Address.Type.AlexaBuiltIn);
        Assert.Equal("AMAZON.SearchQuery", ElectionsBotModel.Query.Type.AlexaBuiltIn);
        Assert.True(ElectionsBotModel.Language.Type.IsCustom);
        var words = ElectionsBotModel.Language.Type.Values.SelectMany(v => v.Synonyms.Add(v.Value)).ToList();
        Assert.Contains("English", words);
        Assert.Contains("Spanish", words);
        Assert.Contains("inglés", words);
        Assert.Contains("español", words);
    }

    [Fact]
    public void Slots_EveryTypeUsed_IsListedAndPromptsInBothLanguages()
    {
        foreach (var slot in ElectionsBotModel.Intents.SelectMany(i => i.Slots))
        {
            Assert.Contains(slot.Type, ElectionsBotModel.SlotTypes);
            Assert.False(string.IsNullOrWhiteSpace(slot.Prompt.English));
            Assert.False(string.IsNullOrWhiteSpace(slot.Prompt.Spanish));
        }
    }

    [Fact]
    public void Fallback_IsTheOnlyIntentWhoseUtterancesStayLocal()
    {
        Assert.Equal([IntentNames.Fallback], ElectionsBotModel.Intents.Where(i => !i.ExportsUtterances).Select(i => i.Name));
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex SlotPattern();

    // Letters in any script, spaces, apostrophes and the period of an abbreviation ("p.m."), nothing else.
    [GeneratedRegex(@"^[\p{L}' .]+$")]
    private static partial Regex AllowedUtterance();
}
