using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Learning;
using Backchannel.Quotes;
using Backchannel.Quotes.Evaluation;
using Backchannel.Quotes.Polnear;

namespace Backchannel.Cli.Commands.Eval;

/// <summary>
/// <c>backchannel eval quotes --polnear DIR [--model FILE]</c>: scores quote extraction on PolNeAR's dev split (or
/// the split folder given): content F1 (overlap and exact), cue F1 and source accuracy given a matched content. The
/// last line is <c>content-F1 &lt;v&gt; source-acc &lt;v&gt;</c>.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var polnear = new Option<string>("--polnear") { Description = "PolNeAR corpus root or split folder (the dev split is scored).", Required = true };
        var model = new Option<string?>("--model") { Description = "Quote model file (default: the shipped quotes-en.bin)." };
        var command = new Command("quotes", "Evaluate quote extraction on PolNeAR (dev).") { polnear, model };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            try
            {
                var folder = PolnearFolders.Split(parseResult.GetValue(polnear)!, "dev");
                var modelPath = parseResult.GetValue(model);
                var quoteModel = modelPath is null ? QuoteModel.Shipped : new QuoteModel(SequenceModelFile.Load(modelPath));
                var gold = PolnearReader.ReadFolder(folder);
                var analysed = PolnearAnalyzer.Analyze(gold, cancellationToken);
                var score = QuoteEvaluator.Evaluate(new QuoteExtractor(quoteModel), gold, analysed);
                output.WriteLine($"split {folder}");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"articles {score.Documents}, gold attributions {score.ContentOverlap.Gold}, predicted {score.ContentOverlap.Predicted}"));
                Write(output, "content overlap", score.ContentOverlap);
                Write(output, "content exact  ", score.ContentExact);
                Write(output, "cue overlap    ", score.CueOverlap);
                Write(output, "cue exact      ", score.CueExact);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"source accuracy (matched contents {score.SourcePairs}) overlap {score.SourceAccuracy:F3} exact {score.SourceExactAccuracy:F3}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"content-F1 {score.ContentOverlap.F1:F3} source-acc {score.SourceAccuracy:F3}"));
                return Task.FromResult(0);
            }
            catch (BackchannelException ex)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(ex.Error.ToString());
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static void Write(TextWriter output, string what, MatchCounts counts) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what} precision {counts.Precision:F3} recall {counts.Recall:F3} F1 {counts.F1:F3}"));
}
