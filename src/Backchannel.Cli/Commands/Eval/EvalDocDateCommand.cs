using System.CommandLine;
using System.Globalization;
using Backchannel.Dates.Evaluation;
using Backchannel.Errors;

namespace Backchannel.Cli.Commands.Eval;

/// <summary>
/// <c>backchannel eval docdate --timeml DIR...</c>: infers each TimeML document's date from its <c>TEXT</c> alone, with
/// the creation time (DCT) hidden, and prints coverage, the wrong dates and month and day accuracy over the documents
/// that got a date. The last line is <c>day-accuracy &lt;percent&gt;</c> (<c>n/a</c> when no document got one).
/// </summary>
internal static class EvalDocDateCommand
{
    public static Command Create()
    {
        var timeml = new Option<string[]>("--timeml")
        {
            Description = "Folder(s) searched recursively for TimeML (.tml) files, e.g. TempEval-3 TBAQ's TimeBank and AQUAINT.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("docdate", "Evaluate document-date inference: dates inferred from the text against hidden TimeML creation times.") { timeml };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var folders = parseResult.GetValue(timeml) ?? [];
                if (folders.Length == 0)
                {
                    throw new BackchannelException(new BackchannelError(ErrorCode.BadOption, "Give --timeml with at least one folder.", Hint: "e.g. backchannel eval docdate --timeml ../shared/data/tempeval3/Training/TBAQ-cleaned/TimeBank"));
                }

                Print(DocumentDateEvaluator.Evaluate(folders, cancellationToken), output);
                return Task.FromResult(ExitCode.Success);
            }
            catch (BackchannelException ex)
            {
                error.WriteLine(ex.Error.ToString());
                return Task.FromResult(ExitCode.Usage);
            }
        });
        return command;
    }

    private static void Print(DocumentDateEvaluation evaluation, TextWriter output)
    {
        var s = evaluation.Scores;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {s.Documents}"));
        if (evaluation.WithoutGold > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"skipped-without-dct {evaluation.WithoutGold}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dct-in-text-as-digits {evaluation.Leaked} (0 means the gold stayed hidden)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"text-states-dct {s.StatedInText} (texts stating the gold day with its year: the most a text-only inference can date right)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dated {s.Dated} right {s.RightDay} wrong {s.Wrong.Count}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"coverage {s.Coverage:F2}"));
        if (s.Wrong.Count > 0)
        {
            output.WriteLine("wrong: document  inferred  gold");
            foreach (var miss in s.Wrong)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {miss.Document}  {miss.Inferred:yyyy-MM-dd}  {miss.Gold:yyyy-MM-dd}"));
            }
        }

        output.WriteLine("month-accuracy " + Percent(s.MonthAccuracy));
        output.WriteLine("day-accuracy " + Percent(s.DayAccuracy));
    }

    private static string Percent(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "n/a";
}
