using System.CommandLine;
using System.Text;
using Elections.Bots.Cli.Common;
using Elections.Bots.Cli.Export.Alexa;
using Elections.Bots.Cli.Export.Lex;
using Elections.Bots.Core.BotModel;

namespace Elections.Bots.Cli.Export;

/// <summary>
/// <c>export lex</c> rewrites the bot definition in <c>template.yaml</c>; <c>export alexa</c> writes the skill
/// package. Both from the bot model, so Lex, Alexa and the local NLU never disagree. <c>--check</c> changes
/// nothing and fails when a file is out of date (for CI).
/// </summary>
internal static class ExportCommand
{
    public static Command Create() => new("export", "Write the Lex bot definition and the Alexa skill package from the bot model.")
    {
        CreateLex(),
        CreateAlexa(),
    };

    private static Command CreateLex()
    {
        var template = new Option<string>("--template") { Description = "The SAM template to update.", DefaultValueFactory = _ => "template.yaml" };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 if the template is out of date." };
        var command = new Command("lex", "Write the Lex V2 bot locales (intents, slots, utterances) into template.yaml.") { template, check };
        command.SetAction(result => RunLex(result.GetValue(template)!, result.GetValue(check), Console.Out));
        return command;
    }

    private static Command CreateAlexa()
    {
        var sample = AlexaSkillSettings.Sample;
        var output = new Option<string>("--out") { Description = "The skill package folder.", DefaultValueFactory = _ => AlexaSkillPackage.DefaultFolder };
        var endpoint = new Option<string>("--endpoint") { Description = "The alexa function's ARN (the stack's AlexaFunctionArn output).", DefaultValueFactory = _ => sample.EndpointArn };
        var name = new Option<string>("--skill-name") { Description = "The skill's name in English.", DefaultValueFactory = _ => sample.SkillName.English };
        var nameEs = new Option<string>("--skill-name-es") { Description = "The skill's name in Spanish.", DefaultValueFactory = _ => sample.SkillName.Spanish };
        var invocation = new Option<string>("--invocation-name") { Description = "The English words that open the skill.", DefaultValueFactory = _ => sample.InvocationName.English };
        var invocationEs = new Option<string>("--invocation-name-es") { Description = "The Spanish words that open the skill.", DefaultValueFactory = _ => sample.InvocationName.Spanish };
        var privacy = new Option<string>("--privacy-url") { Description = "The office's privacy policy (https).", DefaultValueFactory = _ => sample.PrivacyPolicyUrl };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 if a file is out of date." };
        var command = new Command("alexa", "Write the Alexa skill package: skill.json and the en-US and es-US interaction models.")
        {
            output, endpoint, name, nameEs, invocation, invocationEs, privacy, check,
        };
        command.SetAction(result =>
        {
            var settings = new AlexaSkillSettings(
                new Localized<string>(result.GetValue(name)!, result.GetValue(nameEs)!),
                new Localized<string>(result.GetValue(invocation)!, result.GetValue(invocationEs)!),
                result.GetValue(endpoint)!,
                result.GetValue(privacy)!);
            return RunAlexa(settings, result.GetValue(output)!, result.GetValue(check), Console.Out);
        });
        return command;
    }

    public static int RunLex(string templatePath, bool check, TextWriter output)
    {
        if (GeneratedFiles.ReadOrNull(templatePath) is not { } template)
        {
            throw new UsageException($"{templatePath} not found: run from the repository root, or pass --template PATH.");
        }
        var block = LexBotLocales.Generate(ElectionsBotModel.Intents);
        string updated;
        try
        {
            updated = LexTemplateBlock.Apply(template, block);
        }
        catch (InvalidDataException markers)
        {
            throw new UsageException($"{templatePath}: {markers.Message}");
        }
        var versionId = LexTemplateBlock.VersionLogicalId(block);
        if (updated == template)
        {
            output.WriteLine($"{templatePath} is up to date with the bot model (Lex version resource {versionId}).");
            return ExitCodes.Success;
        }
        if (check)
        {
            output.WriteLine($"{templatePath} is out of date with the bot model: run `elections-bots export lex`.");
            return ExitCodes.Failure;
        }
        File.WriteAllText(templatePath, updated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var lexIntents = PlatformModel.Intents(ElectionsBotModel.Intents, ExportPlatform.Lex).Length;
        output.WriteLine($"{templatePath}: wrote {lexIntents} intents in en_US and es_US; the next deploy publishes bot version {versionId}.");
        return ExitCodes.Success;
    }

    public static int RunAlexa(AlexaSkillSettings settings, string folder, bool check, TextWriter output)
    {
        if (settings.Problems().FirstOrDefault() is { } problem) throw new UsageException(problem);
        var files = AlexaSkillPackage.Generate(ElectionsBotModel.Intents, settings);
        var stale = GeneratedFiles.Stale(folder, files).ToList();
        if (stale.Count == 0)
        {
            output.WriteLine($"{folder} is up to date with the bot model.");
            return ExitCodes.Success;
        }
        foreach (var file in stale)
        {
            if (check)
            {
                output.WriteLine($"{GeneratedFiles.PathOf(folder, file)} is out of date with the bot model: run `elections-bots export alexa`.");
                continue;
            }
            GeneratedFiles.Write(folder, file);
            output.WriteLine($"wrote {GeneratedFiles.PathOf(folder, file)}");
        }
        return check ? ExitCodes.Failure : ExitCodes.Success;
    }
}
