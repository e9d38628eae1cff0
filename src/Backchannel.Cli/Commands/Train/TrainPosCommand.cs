using System.CommandLine;
using System.Globalization;
using Backchannel.Errors;
using Backchannel.Formats.Conll;
using Backchannel.Tagging;

namespace Backchannel.Cli.Commands.Train;

/// <summary>
/// <c>backchannel train pos --train FILE [--dev FILE] --out FILE [--seed N]</c>: trains the part-of-speech tagger on
/// the POS column of CoNLL-2003 files; writes the model and its lexicon (<c>.lex</c>) side by side.
/// </summary>
internal static class TrainPosCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-2003 training file (word POS chunk NER).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL-2003 development file; picks the best epoch." };
        var output = new Option<string>("--out") { Description = "Model file to write, e.g. models/pos-en.bin.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed; the same seed gives the same file.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 12 };
        var bits = new Option<int>("--bits") { Description = "Log2 of the feature buckets (8–24).", DefaultValueFactory = _ => 18 };
        var command = new Command("pos", "Train the part-of-speech tagger.") { train, dev, output, seed, epochs, bits };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var log = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(epochs) < 1 || parseResult.GetValue(bits) is < 8 or > 24)
            {
                return Task.FromResult(Fail(error, new BackchannelError(ErrorCode.BadOption, "--epochs must be at least 1 and --bits between 8 and 24.")));
            }

            try
            {
                var trainPath = parseResult.GetValue(train)!;
                var devPath = parseResult.GetValue(dev);
                var trainer = new PosTaggerTrainer
                {
                    Seed = parseResult.GetValue(seed),
                    Epochs = parseResult.GetValue(epochs),
                    Bits = parseResult.GetValue(bits),
                    Log = log.WriteLine,
                };
                var tagger = trainer.Train(
                    ConllReader.ReadFile(trainPath),
                    devPath is null ? null : ConllReader.ReadFile(devPath),
                    Path.GetFileName(trainPath),
                    cancellationToken);
                var outPath = parseResult.GetValue(output)!;
                tagger.Save(outPath);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tags {tagger.Tags.Length}, epoch kept {tagger.Model.Info["epoch"]}"));
                log.WriteLine($"wrote {outPath}");
                return Task.FromResult(0);
            }
            catch (BackchannelException ex)
            {
                return Task.FromResult(Fail(error, ex.Error));
            }
        });
        return command;
    }

    private static int Fail(TextWriter error, BackchannelError problem)
    {
        error.WriteLine(problem.ToString());
        return 1;
    }
}
