using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Formats.Conll;
using Backchannel.Tagging;

namespace Backchannel.Cli.Commands.Train;

/// <summary>
/// <c>backchannel train chunk --train FILE [--dev FILE] --out FILE [--seed N] [--jackknife K] [--pos-model FILE]</c>:
/// trains the phrase chunker on the chunk column of CoNLL-2003 files.
/// </summary>
internal static class TrainChunkCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-2003 training file (word POS chunk NER).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL-2003 development file; picks the best epoch (scored on predicted POS tags)." };
        var output = new Option<string>("--out") { Description = "Model file to write, e.g. models/chunk-en.bin.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed; the same seed gives the same file.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 8 };
        var jackknife = new Option<int>("--jackknife") { Description = "Train on POS tags predicted in K folds (0: gold POS tags).", DefaultValueFactory = _ => 0 };
        var posModel = new Option<string?>("--pos-model") { Description = "Tagger for the dev POS tags (default: the shipped pos-en.bin)." };
        var command = new Command("chunk", "Train the phrase chunker.") { train, dev, output, seed, epochs, jackknife, posModel };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var log = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(epochs) < 1 || parseResult.GetValue(jackknife) is < 0 or > 20)
            {
                error.WriteLine(new BackchannelError(ErrorCode.BadOption, "--epochs must be at least 1 and --jackknife between 0 and 20.").ToString());
                return Task.FromResult(1);
            }

            try
            {
                var trainPath = parseResult.GetValue(train)!;
                var devPath = parseResult.GetValue(dev);
                var posPath = parseResult.GetValue(posModel);
                var trainer = new ChunkerTrainer
                {
                    Seed = parseResult.GetValue(seed),
                    Epochs = parseResult.GetValue(epochs),
                    JackknifeFolds = parseResult.GetValue(jackknife),
                    Log = log.WriteLine,
                };
                var devSentences = devPath is null ? null : ConllReader.ReadFile(devPath);
                var devTagger = devSentences is null ? null : posPath is null ? PosTagger.Shipped : PosTagger.Load(posPath);
                var chunker = trainer.Train(ConllReader.ReadFile(trainPath), devSentences, devTagger, Path.GetFileName(trainPath), cancellationToken);
                var outPath = parseResult.GetValue(output)!;
                Backchannel.Learning.SequenceModelFile.Save(chunker.Model, outPath);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"labels {chunker.Labels.Length}, epoch kept {chunker.Model.Info["epoch"]}"));
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
