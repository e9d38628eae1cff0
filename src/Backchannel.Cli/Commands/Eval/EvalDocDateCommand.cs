using System.CommandLine;
using System.Globalization;
using Backchannel.Dates.Evaluation;
using Backchannel.Errors;

namespace Backchannel.Cli.Commands.Eval;

/// <summary>
/// <c>backchannel eval docdate --timeml DIR...</c>: infers each TimeML document's date from its <c>TEXT</c> alone, with
/// the creation time (DCT) hidden, and prints coverage, the wrong dates and month and day accuracy over the documents
/// that got a date. The last line is <c>day-accuracy &lt;percent&gt;</c> (<c>n/a</c> when no document got one).
/// <c>backchannel eval docdate --texts DIR... [--expect-years 2004-2005]</c>: lists every date inferred for undated
/// plain texts with the line or sentence it came from, for checking by hand; the last line is
/// <c>outside-expected-years &lt;n&gt;</c> (or <c>dated &lt;n&gt;</c> without a range).
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
        var texts = new Option<string[]>("--texts")
        {
            Description = "Folder(s) of undated plain texts (.txt, recursively): list every inferred date with the sentence it came from.",
            AllowMultipleArgumentsPerToken = true,
        };
        var expectYears = new Option<string?>("--expect-years") { Description = "With --texts: the years the texts were written, e.g. 2004-2005; dates outside are flagged and counted." };
        var command = new Command("docdate", "Evaluate document-date inference: dates inferred from the text against hidden TimeML creation times.") { timeml, texts, expectYears };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var timemlFolders = parseResult.GetValue(timeml) ?? [];
                var textFolders = parseResult.GetValue(texts) ?? [];
                if ((timemlFolders.Length == 0) == (textFolders.Length == 0))
                {
                    throw new BackchannelException(new BackchannelError(ErrorCode.BadOption, "Give exactly one of --timeml or --texts, with at least one folder.", Hint: "e.g. backchannel eval docdate --timeml ../shared/data/tempeval3/Training/TBAQ-cleaned/TimeBank"));
                }

                if (timemlFolders.Length > 0)
                {
                    Print(DocumentDateEvaluator.Evaluate(timemlFolders, cancellationToken), output);
                }
                else
                {
                    var range = ParseYears(parseResult.GetValue(expectYears));
                    PrintListing(DocumentDateListing.List(textFolders, cancellationToken), range, output);
                }

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

    private static void PrintListing(DocumentDateListingResult listing, (int First, int Last)? years, TextWriter output)
    {
        var outside = 0;
        foreach (var row in listing.Rows)
        {
            var flag = "";
            if (years is { } range && (row.Evidence.Date.Year < range.First || row.Evidence.Date.Year > range.Last))
            {
                outside++;
                flag = "OUTSIDE ";
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{flag}{row.File}\t{row.Evidence.Date:yyyy-MM-dd}\t{row.Evidence.Signal}\t{row.Context}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"files {listing.Files}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dated {listing.Rows.Count}"));
        if (years is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outside-expected-years {outside}"));
        }
    }

    // "2004-2005" or "2004".
    private static (int First, int Last)? ParseYears(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        if (int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first))
        {
            var last = first;
            if (parts.Length == 1 || int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last))
            {
                return (first, Math.Max(first, last));
            }
        }

        throw new BackchannelException(new BackchannelError(ErrorCode.BadOption, "--expect-years takes a year or a range of years.", text, "e.g. --expect-years 2004-2005"));
    }

    private static string Percent(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "n/a";
}
