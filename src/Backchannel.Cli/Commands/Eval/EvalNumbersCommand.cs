using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Formats.Conll;
using Backchannel.Numbers.Evaluation;

namespace Backchannel.Cli.Commands.Eval;

/// <summary>
/// <c>backchannel eval numbers --conll FILE</c> (CD-tag proxy; last line <c>F1 x</c>) or
/// <c>backchannel eval numbers --gold FILE</c> (hand-labelled phrases; last line <c>accuracy x</c>).
/// </summary>
internal static class EvalNumbersCommand
{
    public static Command Create()
    {
        var conll = new Option<string?>("--conll") { Description = "CoNLL-2003 file: number mentions are CD-tagged runs that are not dates (a proxy)." };
        var gold = new Option<string?>("--gold") { Description = "Hand-labelled TSV: phrase, target, kind, value, upper, unit, qualifier." };
        var show = new Option<int>("--show") { Description = "Print up to this many misses and wrong quantities.", DefaultValueFactory = _ => 0 };
        var command = new Command("numbers", "Evaluate the numbers and quantities stage.") { conll, gold, show };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var conllPath = parseResult.GetValue(conll);
            var goldPath = parseResult.GetValue(gold);
            if ((conllPath is null) == (goldPath is null))
            {
                return Fail(error, new BackchannelError(ErrorCode.BadOption, "Give exactly one of --conll or --gold.", Hint: "e.g. backchannel eval numbers --conll eng.testa"));
            }

            try
            {
                return conllPath is not null
                    ? RunConll(conllPath, parseResult.GetValue(show), output)
                    : RunGold(goldPath!, parseResult.GetValue(show), output);
            }
            catch (BackchannelException ex)
            {
                return Fail(error, ex.Error);
            }
        });
        return command;
    }

    private static int RunConll(string path, int show, TextWriter output)
    {
        var result = ConllNumberEvaluator.Evaluate(ConllReader.ReadFile(path));
        foreach (var miss in result.Misses.Take(show))
        {
            output.WriteLine("miss      " + miss);
        }

        foreach (var wrong in result.Spurious.Take(show))
        {
            output.WriteLine("spurious  " + wrong);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold number mentions (CD runs, dates excluded)  {result.GoldMentions}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quantities found                                {result.Predicted}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall     {result.Recall:F4}  ({result.GoldFound}/{result.GoldMentions})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision  {result.Precision:F4}  ({result.PredictedRight}/{result.Predicted})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"F1 {result.F1:F4}"));
        return ExitCode.Success;
    }

    private static int RunGold(string path, int show, TextWriter output)
    {
        var result = QuantityGoldEvaluator.Evaluate(QuantityGoldFile.Read(path));
        foreach (var miss in result.Misses.Take(show))
        {
            output.WriteLine(miss);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phrases              {result.Total}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kind+value accuracy  {result.KindAndValueAccuracy:F4}  ({result.KindAndValueCorrect}/{result.Total})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy {result.Accuracy:F4}"));
        return ExitCode.Success;
    }

    private static int Fail(TextWriter error, BackchannelError problem)
    {
        error.WriteLine(problem.ToString());
        return ExitCode.Usage;
    }
}
