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
        var polnear = new Option<string?>("--polnear") { Description = "PolNeAR corpus root or split folder (the dev split is scored)." };
        var show = new Option<string[]>("--show") { Description = "Instead of scoring, list the quotes found in these plain-text files (for checking by hand).", AllowMultipleArgumentsPerToken = true };
        var model = new Option<string?>("--model") { Description = "Quote model file (default: the shipped quotes-en.bin)." };
        var command = new Command("quotes", "Evaluate quote extraction on PolNeAR (dev).") { polnear, model, show };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            try
            {
                var modelPath = parseResult.GetValue(model);
                var quoteModel = modelPath is null ? QuoteModel.Shipped : new QuoteModel(SequenceModelFile.Load(modelPath));
                if (parseResult.GetValue(show) is { Length: > 0 } files)
                {
                    Show(output, quoteModel, files, cancellationToken);
                    return Task.FromResult(0);
                }

                if (parseResult.GetValue(polnear) is not { } root)
                {
                    parseResult.InvocationConfiguration.Error.WriteLine(new BackchannelError(ErrorCode.BadOption, "Pass --polnear DIR (or --show FILE...).").ToString());
                    return Task.FromResult(1);
                }

                var folder = PolnearFolders.Split(root, "dev");
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

    private static void Show(TextWriter output, QuoteModel model, string[] files, CancellationToken cancellationToken)
    {
        var pipeline = PolnearAnalyzer.CreatePipeline();
        var extractor = new QuoteExtractor(model);
        var clock = new System.Diagnostics.Stopwatch();
        long chars = -1;
        var earlier = TimeSpan.Zero;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var before = System.Diagnostics.Stopwatch.StartNew();
            var document = pipeline.Process(new Backchannel.Documents.Document(text, new Backchannel.Documents.DocumentMetadata()), cancellationToken);
            if (chars >= 0)
            {
                earlier += before.Elapsed;
            }

            var quotes = new List<Quote>();
            if (chars < 0)
            {
                // The first file pays for first use (the compact weight table); it is left out of the timing.
                extractor.Extract(document, quotes);
                chars = 0;
            }
            else
            {
                clock.Start();
                extractor.Extract(document, quotes);
                clock.Stop();
                chars += text.Length;
            }

            output.WriteLine($"## {file}");
            foreach (var q in quotes)
            {
                var speaker = q.Speaker is null ? "-" : q.Speaker.Text
                    + (q.Speaker.Name is { } name && name != q.Speaker.Text ? $" => {name}" : string.Empty)
                    + (q.Speaker.Anonymous ? " [anonymous]" : string.Empty);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{q.Start}] {q.Kind.ToString().ToLowerInvariant()} | {speaker} | cue: {q.Cue}{(q.Via is null ? string.Empty : " | via: " + q.Via)} | {q.Text.ReplaceLineEndings(" ")}"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quote stage: {Math.Max(chars, 0) / 1e6:F2} MB in {clock.Elapsed.TotalMilliseconds:F0} ms ({Math.Max(chars, 0) / 1e6 / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):F1} MB/s, one thread, files after the first); the stages before it took {earlier.TotalMilliseconds:F0} ms"));
    }

    private static void Write(TextWriter output, string what, MatchCounts counts) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what} precision {counts.Precision:F3} recall {counts.Recall:F3} F1 {counts.F1:F3}"));
}
