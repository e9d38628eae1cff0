using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Backchannel.Entities;
using Backchannel.Errors;
using Backchannel.Formats.Conll;
using Backchannel.Learning;

namespace Backchannel.Cli.Commands.Train;

/// <summary>
/// <c>backchannel train ner --train FILE --dev FILE --out FILE [--seed N] [--epochs N]</c>: trains the entity
/// recognizer on CoNLL-2003 files; the same seed and data give the same model bytes.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-2003 training file (IOB1 or IOB2 tags in the last column).", Required = true };
        var dev = new Option<string>("--dev") { Description = "CoNLL-2003 development file; picks the best epoch.", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write, e.g. models/ner-en.bin.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Most passes over the training data per model.", DefaultValueFactory = _ => 20 };
        var ensemble = new Option<int>("--ensemble") { Description = "Models per stage, trained with seeds N, N+1000, … and averaged into one (1: a single model).", DefaultValueFactory = _ => 1 };
        var bits = new Option<int>("--bits") { Description = "Log2 of the feature buckets (16–24).", DefaultValueFactory = _ => 20 };
        var clusters = new Option<string?>("--clusters") { Description = "Cluster file (default: clusters-en.bin beside --out, else the shipped one)." };
        var without = new Option<string?>("--without") { Description = "Feature groups to leave out, comma-separated: clusters, gazetteers, document, second-stage (for ablations)." };
        var command = new Command("ner", "Train the named-entity recognizer on CoNLL-2003 data.") { train, dev, output, seed, epochs, bits, ensemble, clusters, without };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            parseResult.GetValue(train)!,
            parseResult.GetValue(dev)!,
            parseResult.GetValue(output)!,
            parseResult.GetValue(clusters),
            parseResult.GetValue(without),
            new EntityTrainingOptions(parseResult.GetValue(seed), parseResult.GetValue(epochs), parseResult.GetValue(bits), Ensemble: parseResult.GetValue(ensemble)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken)));
        return command;
    }

    private static int Run(string trainPath, string devPath, string outPath, string? clustersPath, string? without, EntityTrainingOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var groups = EntityFeatureGroups.All;
        foreach (var name in (without ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            EntityFeatureGroups? group = name switch
            {
                "clusters" => EntityFeatureGroups.Clusters,
                "gazetteers" => EntityFeatureGroups.Gazetteers,
                "document" => EntityFeatureGroups.DocumentContext,
                "second-stage" => EntityFeatureGroups.SecondStage,
                _ => null,
            };
            if (group is null)
            {
                return Fail(error, new BackchannelError(ErrorCode.BadOption, $"Unknown feature group '{name}'.", Hint: "Use clusters, gazetteers, document or second-stage."));
            }

            groups &= ~group.Value;
        }

        if (options.Epochs is < 1 or > 200 || options.Bits is < 16 or > 24)
        {
            return Fail(error, new BackchannelError(ErrorCode.BadOption, "--epochs must be 1–200 and --bits 16–24."));
        }

        try
        {
            var clock = Stopwatch.StartNew();
            var train = ConllDocument.From(ConllReader.ReadFile(trainPath));
            var dev = ConllDocument.From(ConllReader.ReadFile(devPath));
            var wordClusters = WordClusters.Empty;
            if ((groups & EntityFeatureGroups.Clusters) != 0)
            {
                var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!, "clusters-en.bin");
                wordClusters = WordClusters.Load(clustersPath ?? (File.Exists(beside) ? beside : ModelLocator.Require("clusters-en.bin")));
            }

            var recognizer = EntityTrainer.Train(train, dev, wordClusters, GazetteerLists.Load(), options with { Groups = groups }, output.WriteLine, cancellationToken);
            var stages = recognizer.Stages;
            EntityModelFile.Save(
                new EntityModelFile.Contents(
                    recognizer.Groups,
                    (recognizer.Groups & EntityFeatureGroups.Clusters) != 0 ? wordClusters.Checksum : "",
                    (recognizer.Groups & EntityFeatureGroups.Gazetteers) != 0 ? GazetteerLists.Checksum : "",
                    stages),
                outPath);
            var score = EntityTrainer.Evaluate(recognizer, dev);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained in {clock.Elapsed.TotalSeconds:F0} s; wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev F1 {score.F1:F2}"));
            return ExitCode.Success;
        }
        catch (BackchannelException ex)
        {
            return Fail(error, ex.Error);
        }
    }

    private static int Fail(TextWriter error, BackchannelError problem)
    {
        error.WriteLine(problem.ToString());
        return ExitCode.Usage;
    }
}
