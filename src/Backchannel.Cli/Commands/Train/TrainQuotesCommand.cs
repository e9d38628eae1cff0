using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Learning;
using Backchannel.Quotes;
using Backchannel.Quotes.Polnear;

namespace Backchannel.Cli.Commands.Train;

/// <summary>
/// <c>backchannel train quotes --polnear DIR --out FILE [--seed N] [--epochs N] [--bits N]</c>: trains the quote
/// model on PolNeAR train; the dev split picks the epoch kept and its figures are printed.
/// </summary>
internal static class TrainQuotesCommand
{
    public static Command Create()
    {
        var polnear = new Option<string>("--polnear") { Description = "PolNeAR corpus root (with data/train and data/dev).", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write, e.g. models/quotes-en.bin.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed; the same seed gives the same file.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 8 };
        var bits = new Option<int>("--bits") { Description = "Log2 of the feature buckets.", DefaultValueFactory = _ => QuoteModel.DefaultBits };
        var holdout = new Option<int>("--holdout") { Description = "Hold out every K-th train article as the scoring set instead of dev (for error analysis without dev).", DefaultValueFactory = _ => 0 };
        var ensemble = new Option<int>("--ensemble") { Description = "Average this many models trained with different seeds.", DefaultValueFactory = _ => 1 };
        var prune = new Option<float>("--prune") { Description = "Drop emission weights smaller than this from the saved model.", DefaultValueFactory = _ => 0f };
        var everyAnnotator = new Option<bool>("--every-annotator") { Description = "Train on every annotator's file of an article annotated several times." };
        var errors = new Option<string?>("--errors") { Description = "Write the held-out (or dev) errors of the kept model to this file." };
        var command = new Command("quotes", "Train the quote extractor on PolNeAR.") { polnear, output, seed, epochs, bits, holdout, ensemble, prune, everyAnnotator, errors };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var log = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(epochs) < 1 || parseResult.GetValue(bits) is < 12 or > 24)
            {
                error.WriteLine(new BackchannelError(ErrorCode.BadOption, "--epochs must be at least 1 and --bits between 12 and 24.").ToString());
                return Task.FromResult(1);
            }

            try
            {
                var root = parseResult.GetValue(polnear)!;
                var clock = Stopwatch.StartNew();
                var train = PolnearReader.ReadFolder(PolnearFolders.Split(root, "train"), parseResult.GetValue(everyAnnotator));
                var dev = PolnearReader.ReadFolder(PolnearFolders.Split(root, "dev"));
                var k = parseResult.GetValue(holdout);
                if (k > 1)
                {
                    dev = [.. train.Where((_, i) => i % k == 0)];
                    train = [.. train.Where((_, i) => i % k != 0)];
                }

                var trainAnalysed = PolnearAnalyzer.Analyze(train, cancellationToken);
                var devAnalysed = PolnearAnalyzer.Analyze(dev, cancellationToken);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analysed {train.Count} train and {dev.Count} dev articles in {clock.Elapsed.TotalSeconds:F0} s"));
                var trainer = new QuoteTrainer
                {
                    Seed = parseResult.GetValue(seed),
                    Epochs = parseResult.GetValue(epochs),
                    Bits = parseResult.GetValue(bits),
                    Ensemble = parseResult.GetValue(ensemble),
                    Prune = parseResult.GetValue(prune),
                    Log = log.WriteLine,
                };
                var model = trainer.Train(train, trainAnalysed, dev, devAnalysed, "PolNeAR v1.0.0 train", cancellationToken);
                if (parseResult.GetValue(errors) is { } errorPath)
                {
                    using var writer = new StreamWriter(errorPath);
                    Backchannel.Quotes.Evaluation.QuoteEvaluator.Evaluate(new QuoteExtractor(model), dev, devAnalysed, writer);
                }

                var outPath = parseResult.GetValue(output)!;
                SequenceModelFile.Save(model.Model, outPath);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch kept {model.Model.Info["epoch"]}, {new FileInfo(outPath).Length / 1024} KiB"));
                log.WriteLine($"wrote {outPath}");
                return Task.FromResult(0);
            }
            catch (BackchannelException ex)
            {
                error.WriteLine(ex.Error.ToString());
                return Task.FromResult(1);
            }
        });
        return command;
    }
}
