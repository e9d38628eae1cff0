using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Backchannel.Entities.Clustering;
using Backchannel.Errors;
using Backchannel.Formats.Conll;

namespace Backchannel.Cli.Commands.Train;

/// <summary>
/// <c>backchannel train clusters --corpus DIR [DIR...] [--conll FILE...] --out FILE [--seed N]</c>: learns word
/// clusters from unlabeled text (CoNLL files contribute their words only, never their labels).
/// </summary>
internal static class TrainClustersCommand
{
    public static Command Create()
    {
        var corpus = new Option<string[]>("--corpus") { Description = "Folders of plain-text files (read recursively, UTF-8).", Required = true, AllowMultipleArgumentsPerToken = true };
        var conll = new Option<string[]>("--conll") { Description = "CoNLL files whose words (not labels) are added.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Cluster file to write, e.g. models/clusters-en.bin.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var minCount = new Option<int>("--min-count") { Description = "Least occurrences for a word to be clustered.", DefaultValueFactory = _ => 2 };
        var command = new Command("clusters", "Learn hierarchical word clusters from unlabeled text.") { corpus, conll, output, seed, minCount };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(corpus) ?? [],
            parseResult.GetValue(conll) ?? [],
            parseResult.GetValue(output)!,
            new ClusterTrainingOptions(parseResult.GetValue(seed), Math.Max(1, parseResult.GetValue(minCount))),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] folders, string[] conllFiles, string outPath, ClusterTrainingOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var corpus = new ClusterCorpus();
            foreach (var folder in folders)
            {
                if (!Directory.Exists(folder))
                {
                    throw new BackchannelException(new BackchannelError(ErrorCode.PathNotFound, "Corpus folder not found.", folder, "Pass existing folders with --corpus."));
                }

                var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files)
                {
                    corpus.AddText(File.ReadAllText(file));
                }
            }

            foreach (var file in conllFiles)
            {
                foreach (var sentence in ConllReader.ReadFile(file))
                {
                    corpus.AddSentence(sentence.Words);
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus.Stream.Count} tokens, {corpus.Words.Count} distinct words"));
            var clusters = ClusterTrainer.Train(corpus, options, output.WriteLine);
            clusters.Save(outPath);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outPath}: {clusters.Count} words, levels {string.Join('/', clusters.LevelSizes)}, {new FileInfo(outPath).Length / 1024} KiB, {clock.Elapsed.TotalSeconds:F0} s"));
            return ExitCode.Success;
        }
        catch (BackchannelException ex)
        {
            error.WriteLine(ex.Error.ToString());
            return ExitCode.Usage;
        }
    }
}
