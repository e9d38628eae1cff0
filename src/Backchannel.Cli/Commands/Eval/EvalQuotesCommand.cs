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
        var goldFile = new Option<string?>("--gold") { Description = "Instead of PolNeAR, score the whole default pipeline (as analyze runs it) on a blind gold set such as data/eval/quotes-blind.jsonl." };
        var command = new Command("quotes", "Evaluate quote extraction on PolNeAR (dev) or on a blind gold set.") { polnear, model, show, goldFile };
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

                if (parseResult.GetValue(goldFile) is { } goldPath)
                {
                    ScoreGold(output, goldPath, cancellationToken);
                    return Task.FromResult(0);
                }

                if (parseResult.GetValue(polnear) is not { } root)
                {
                    parseResult.InvocationConfiguration.Error.WriteLine(new BackchannelError(ErrorCode.BadOption, "Pass --polnear DIR, --gold FILE or --show FILE....").ToString());
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

    // The blind gold set: every document through the default pipeline (the statement filter included), scored as
    // the gold set's README says. Figures over all statements, then over those without a doubt note.
    private static void ScoreGold(TextWriter output, string goldPath, CancellationToken cancellationToken)
    {
        IReadOnlyList<QuoteGoldDocument> documents;
        try
        {
            documents = QuoteGoldReader.Read(goldPath);
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.BadOption, ex.Message, goldPath, "Check the gold file and the paths it names (relative to the repository)."), ex);
        }

        var pipeline = Backchannel.Pipeline.DefaultPipeline.Create();
        var scorer = new QuoteGoldScorer();
        foreach (var gold in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysed = pipeline.Process(gold.Document, cancellationToken);
            scorer.Add(gold, analysed.Has(QuoteLayers.Quotes) ? analysed.Get(QuoteLayers.Quotes) : []);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {documents.Count}"));
        foreach (var (name, f) in new[] { ("all statements", scorer.All), ("without doubt", scorer.Sure) })
        {
            output.WriteLine($"== {name}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold {f.Gold}, system {f.System}, matched {f.GoldMatched}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"content P {f.ContentPrecision:F3} R {f.ContentRecall:F3} F1 {f.ContentF1:F3}; lenient F1 {f.LenientF1:F3}; exact F1 {f.ExactF1:F3}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speaker accuracy {f.SpeakerAccuracy:F3} ({f.SpeakersRight}/{f.Speakers}); unattributed right {f.UnattributedRight}/{f.Unattributed}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"anonymity right {f.AnonymityRight}/{f.Speakers}; anonymous found {f.AnonymousFound}/{f.Anonymous}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cue F1 {f.CueF1:F3}; via right {f.ViasRight}/{f.Vias}, extra {f.ViasExtra}; false alarms on negatives {f.FalseAlarms}/{f.Negatives}"));
            output.WriteLine("kind (gold rows, system columns: direct partial indirect)");
            for (var g = 0; g < 3; g++)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {QuoteGoldScorer.KindNames[g],-8} {f.KindTable[g, 0],4} {f.KindTable[g, 1],4} {f.KindTable[g, 2],4}"));
            }
        }

        foreach (var miss in scorer.Misses)
        {
            output.WriteLine("  " + miss);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quotes-blind content-F1 {scorer.All.ContentF1:F3} speaker-acc {scorer.All.SpeakerAccuracy:F3}"));
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
