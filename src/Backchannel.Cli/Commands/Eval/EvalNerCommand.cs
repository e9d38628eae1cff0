using System.CommandLine;
using System.Globalization;
using Backchannel.Entities;
using Backchannel.Errors;
using Backchannel.Formats.Conll;

namespace Backchannel.Cli.Commands.Eval;

/// <summary>
/// <c>backchannel eval ner --conll FILE [--model FILE]</c>: precision, recall and F1 per type and overall, by exact
/// entity match as conlleval scores them; the last line is <c>F1 x</c>.
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL-2003 file with gold tags (IOB1 or IOB2) in the last column.", Required = true };
        var model = new Option<string?>("--model") { Description = "Entity model (default: the shipped models/ner-en.bin)." };
        var command = new Command("ner", "Score the named-entity recognizer on a CoNLL-2003 file.") { conll, model };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(conll)!,
            parseResult.GetValue(model),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string conllPath, string? modelPath, TextWriter output, TextWriter error)
    {
        try
        {
            var documents = ConllDocument.From(ConllReader.ReadFile(conllPath));
            var recognizer = modelPath is null ? EntityRecognizer.Default : EntityRecognizer.Load(modelPath);
            var score = EntityTrainer.Evaluate(recognizer, documents);
            var tokens = documents.Sum(d => d.Text.Tokens.Length);
            var sentences = documents.Sum(d => d.Text.Sentences.Length);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {documents.Count}, sentences {sentences}, tokens {tokens}"));
            output.WriteLine(score.Report());
            return ExitCode.Success;
        }
        catch (BackchannelException ex)
        {
            error.WriteLine(ex.Error.ToString());
            return ExitCode.Usage;
        }
    }
}
