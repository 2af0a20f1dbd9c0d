using Elections.Bots.Infra.Tests.Support;
using Elections.Bots.Lex.Rendering;

namespace Elections.Bots.Infra.Tests;

/// <summary>The contact flow against the hand-off contract the Lex code hook keeps (ConnectAttributes).</summary>
public sealed class ConnectFlowTests
{
    private static readonly JsonObject Flow = RepoFiles.ReadJson(RepoFiles.ContactFlowPath);

    private static readonly Dictionary<string, JsonObject> Actions = (Flow["Actions"] as JsonArray)!.OfType<JsonObject>()
        .ToDictionary(a => CfnTemplate.Text(a["Identifier"])!, StringComparer.Ordinal);

    private static IEnumerable<string> NextActions(JsonObject action)
    {
        var transitions = action["Transitions"];
        if (CfnTemplate.Text(transitions?["NextAction"]) is { } next) yield return next;
        foreach (var branch in (transitions?["Conditions"] as JsonArray ?? []).Concat(transitions?["Errors"] as JsonArray ?? []))
        {
            if (CfnTemplate.Text(branch?["NextAction"]) is { } target) yield return target;
        }
    }

    private static string? Branch(JsonObject action, string operand) =>
        (action["Transitions"]?["Conditions"] as JsonArray ?? [])
            .Where(c => c?["Condition"]?["Operands"]?[0]?.ToString() == operand)
            .Select(c => CfnTemplate.Text(c?["NextAction"])).FirstOrDefault();

    private static IEnumerable<JsonObject> OfType(string type) => Actions.Values.Where(a => CfnTemplate.Text(a["Type"]) == type);

    /// <summary>Follows NextAction (never an error branch) through blocks that only set data, to where the caller goes.</summary>
    private static string Destination(string identifier)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            var action = Actions[identifier];
            if (CfnTemplate.Text(action["Type"]) is not ("UpdateContactAttributes" or "UpdateContactTargetQueue")) return CfnTemplate.Text(action["Type"])!;
            identifier = CfnTemplate.Text(action["Transitions"]?["NextAction"])!;
        }
        return "(a loop)";
    }

    [Fact]
    public void Flow_EveryTransition_ReachesADeclaredAction_AndEveryActionIsReachable()
    {
        var start = CfnTemplate.Text(Flow["StartAction"])!;
        Assert.Contains(start, Actions.Keys);
        foreach (var (id, action) in Actions)
        {
            Assert.All(NextActions(action), next => Assert.True(Actions.ContainsKey(next), $"{id} goes to {next}, which is not an action of the flow"));
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in NextActions(Actions[id]).Where(reached.Add)) queue.Enqueue(next);
        }
        Assert.Equal(Actions.Keys.Order(StringComparer.Ordinal), reached.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Flow_OffersEnglishAndSpanishByKeypad_AndSetsTheBotLocale()
    {
        var menu = Assert.Single(OfType("GetParticipantInput"));
        var languages = new[] { ("1", LocaleTags.EnglishUS), ("2", LocaleTags.SpanishUS) };

        foreach (var (digit, tag) in languages)
        {
            var next = Branch(menu, digit);
            Assert.NotNull(next);
            // Press the digit: the voice changes, then the contact's language, which picks the Lex locale.
            var voice = Actions[next];
            Assert.Equal("UpdateContactTextToSpeechVoice", CfnTemplate.Text(voice["Type"]));
            var language = Actions[CfnTemplate.Text(voice["Transitions"]?["NextAction"])!];
            Assert.Equal(tag, CfnTemplate.Text(language["Parameters"]?["LanguageCode"]));
            Assert.Equal("ConnectParticipantWithLexBot", CfnTemplate.Text(Actions[CfnTemplate.Text(language["Transitions"]?["NextAction"])!]["Type"]));
        }
    }

    [Fact]
    public void Flow_AfterEveryBotTurn_TransfersToTheQueueWhenTheBotAsksForAPerson()
    {
        foreach (var bot in OfType("ConnectParticipantWithLexBot"))
        {
            var check = Actions[CfnTemplate.Text(bot["Transitions"]?["NextAction"])!];
            Assert.Equal($"$.Lex.SessionAttributes.{ConnectAttributes.HandOff}", CfnTemplate.Text(check["Parameters"]?["ComparisonValue"]));
            Assert.Equal("TransferContactToQueue", Destination(Branch(check, ConnectAttributes.True)!));
        }
    }

    [Fact]
    public void Flow_DisconnectsWhenTheCallerSaidGoodbye_AndOtherwiseAsksAgain()
    {
        var endChecks = Actions.Values.Where(a => CfnTemplate.Text(a["Parameters"]?["ComparisonValue"]) == $"$.Lex.SessionAttributes.{ConnectAttributes.ConversationEnded}").ToList();

        Assert.Equal(2, endChecks.Count);
        Assert.All(endChecks, check =>
        {
            Assert.Equal("DisconnectParticipant", CfnTemplate.Text(Actions[Branch(check, ConnectAttributes.True)!]["Type"]));
            Assert.Equal("ConnectParticipantWithLexBot", CfnTemplate.Text(Actions[CfnTemplate.Text(check["Transitions"]?["NextAction"])!]["Type"]));
        });
    }

    [Fact]
    public void Flow_KeepsTheHandOffReason_ForRoutingAndReports()
    {
        var keep = Assert.Single(OfType("UpdateContactAttributes"));

        Assert.Equal($"$.Lex.SessionAttributes.{ConnectAttributes.HandOffReason}", CfnTemplate.Text(keep["Parameters"]?["Attributes"]?[ConnectAttributes.HandOffReason]));
    }

    [Fact]
    public void Flow_EveryBotBlock_UsesTheOneAliasPlaceholderTheReadmeReplaces()
    {
        var aliases = OfType("ConnectParticipantWithLexBot").Select(b => CfnTemplate.Text(b["Parameters"]?["LexV2Bot"]?["AliasArn"])).Distinct();

        Assert.Equal(["arn:aws:lex:REGION:ACCOUNT_ID:bot-alias/BOT_ID/BOT_ALIAS_ID"], aliases);
        Assert.Contains("BOT_ALIAS_ID", File.ReadAllText(Path.Combine(Path.GetDirectoryName(RepoFiles.ContactFlowPath)!, "README.md")), StringComparison.Ordinal);
    }
}
