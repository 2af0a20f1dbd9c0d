using System.CommandLine;
using System.Globalization;
using Elections.Bots.Cli.Common;
using Elections.Bots.Core;
using Elections.Bots.Core.Dialog;
using Elections.Bots.Core.Understanding;
using Elections.Bots.Import.Findings;
using Elections.Bots.Import.Golden;
using System.Collections.Immutable;

namespace Elections.Bots.Cli.Eval;

/// <summary>
/// <c>eval --questions FILE</c>: asks every question through the same path <c>chat</c> takes (local NLU, engine)
/// and prints, per locale, top-1 accuracy, the rate of confident wrong answers and the abstain rate.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(AnswerOptions options)
    {
        var questions = new Option<string>("--questions") { Description = "CSV of locale,question,expected (an FAQ id, intent:NAME or none). Default: the dataset's eval-questions.csv." };
        var misses = new Option<bool>("--misses") { Description = "List every question whose top answer was wrong." };
        var command = new Command("eval", "Measure how well the bot answers a set of questions.");
        command.Options.Add(questions);
        command.Options.Add(misses);
        options.AddTo(command, withChannel: false);
        command.SetAction((result, cancellationToken) =>
            RunAsync(options.Read(result), result.GetValue(questions), result.GetValue(misses), Console.Out, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(AnswerSettings settings, string? questionFile, bool listMisses, TextWriter output, CancellationToken cancellationToken)
    {
        using var bot = await BotSession.OpenAsync(settings, cancellationToken);
        var path = questionFile ?? Path.Combine(settings.DataDirectory, "eval-questions.csv");
        // Same reader as the publish gate; the first unreadable row stops with file, line and what to fix.
        var findings = new FindingCollector(stopAtFirstError: true);
        var questions = GoldenQuestionReader.Read(path, findings)
            .Select(q => new EvaluationQuestion(q.Locale, q.Question, q.ExpectedFaqId)).ToImmutableArray();
        var runner = new EvaluationRunner(GoldenQuestionReader.ReadIntents(
            Path.Combine(settings.DataDirectory, GoldenQuestionReader.IntentsFile), findings));

        var report = await runner.RunAsync(questions, async (question, ct) =>
        {
            var turn = DialogTurn.FromText(question.Question, settings.Channel, question.Locale);
            var reply = await bot.Engine.HandleAsync(turn, ct);
            // Top-1 is the first FAQ entry the voter was shown: the answer, or the nearest one offered as a choice.
            return new EvaluationAnswer(reply.Intent, reply.Trace.FaqId ?? reply.Trace.SuggestedFaqId, Grade(reply));
        }, cancellationToken);

        await output.WriteLineAsync($"{Path.GetFileName(path)}: {questions.Length} questions, dataset {bot.Facts.DatasetVersion}");
        await output.WriteLineAsync("locale   questions  top-1    answered-right  confident-wrong  abstained");
        foreach (var locale in report.Locales)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{locale.Locale.ToTag(),-8} {locale.Questions,9}  {locale.TopAccuracy,6:P1}  {locale.AnsweredAccuracy,14:P1}  {locale.ConfidentWrongRate,15:P1}  {locale.AbstainRate,9:P1}"));
        }
        if (listMisses)
        {
            foreach (var miss in report.Misses)
            {
                await output.WriteLineAsync($"  miss [{miss.Question.Locale.ToTag()}] \"{miss.Question.Question}\" expected {miss.Question.Expected}, got {miss.Answer.FaqId ?? miss.Answer.Intent} ({miss.Answer.Outcome})");
            }
        }
        return ExitCodes.Success;
    }

    /// <summary>Numbered choices are not an answer yet; a fallback or an error is an abstention.</summary>
    private static EvaluationOutcome Grade(DialogReply reply) =>
        reply.Trace.Detail == "faq-close-call" ? EvaluationOutcome.Choices
        : reply.Outcome is ReplyOutcome.Fallback or ReplyOutcome.Error ? EvaluationOutcome.NoAnswer
        : EvaluationOutcome.Answered;
}
