using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Backchannel.Benchmarking;
using Backchannel.Dates;
using Backchannel.Documents;
using Backchannel.Entities;
using Backchannel.Diagnostics;
using Backchannel.Errors;
using Backchannel.Linking;
using Backchannel.Numbers;
using Backchannel.Pipeline;
using Backchannel.Tagging;
using Backchannel.Text;

namespace Backchannel.Cli.Commands;

/// <summary>
/// <c>backchannel bench --stage tokenize|ner|link|full|full-unlinked --corpus DIR [--repeat N] [--warmup SECONDS]</c>: single-thread throughput over a folder,
/// printed so scripts can read the last two lines (<c>tokens/s</c>, <c>MB/s</c>).
/// </summary>
public static class BenchCommand
{
    private const string TokenizeStage = "tokenize";
    private const string NerStage = "ner";
    private const string LinkStage = "link";
    private const string FullStage = "full";
    private const string UnlinkedStage = "full-unlinked";

    /// <summary>Builds the <c>bench</c> command.</summary>
    public static Command Create()
    {
        var stage = new Option<string>("--stage")
        {
            Description = "What to time: 'tokenize' (tokenizer and sentence splitter), 'ner' (tokens, tags, entities, numbers, dates), 'link' (ner plus the entity linker), 'full' (the default pipeline) or 'full-unlinked' (the default pipeline without the linker).",
            Required = true,
        };
        var corpus = new Option<string>("--corpus")
        {
            Description = "Folder whose files (searched recursively) are read as UTF-8 text before timing starts.",
            Required = true,
        };
        var repeat = new Option<int>("--repeat")
        {
            Description = "Timed passes over the corpus after the warm-up; medians are reported.",
            DefaultValueFactory = _ => 5,
        };

        var warmup = new Option<double>("--warmup")
        {
            Description = "Least seconds of untimed warm-up passes after the first one, before timing (lets the JIT reach optimised code).",
            DefaultValueFactory = _ => 2,
        };

        var against = new Option<string?>("--against")
        {
            Description = "Instead of throughput, how much longer --stage takes than this stage (e.g. --stage link --against ner): timed passes of the two alternate in one process and the median of the pairs' ratios is printed as the last line, 'overhead <percent>'.",
        };

        var command = new Command("bench", "Measures single-thread throughput of a stage over a corpus folder.") { stage, corpus, repeat, warmup, against };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(stage) ?? "",
            parseResult.GetValue(corpus) ?? "",
            parseResult.GetValue(repeat),
            parseResult.GetValue(warmup),
            // The global --verbose: after the timed passes, each pipeline component is timed alone (its own option
            // would list --verbose twice in help).
            parseResult.GetValue(GlobalOptions.Verbose),
            parseResult.GetValue(against),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string stageName, string corpus, int repeats, double warmupSeconds, bool verbose, string? againstName, TextWriter output, TextWriter error)
    {
        var stage = CreateStage(stageName);
        if (stage is null)
        {
            return Fail(error, new BackchannelError(ErrorCode.BadOption, $"Unknown stage '{stageName}'.", Hint: "Use --stage tokenize, ner, link, full or full-unlinked."));
        }

        var baseline = againstName is null ? null : CreateStage(againstName);
        if (againstName is not null && baseline is null)
        {
            return Fail(error, new BackchannelError(ErrorCode.BadOption, $"Unknown stage '{againstName}' for --against.", Hint: "Use --against tokenize, ner, link, full or full-unlinked."));
        }

        if (repeats < 1)
        {
            return Fail(error, new BackchannelError(ErrorCode.BadOption, $"--repeat must be at least 1, not {repeats.ToString(CultureInfo.InvariantCulture)}."));
        }

        if (!(warmupSeconds >= 0))
        {
            return Fail(error, new BackchannelError(ErrorCode.BadOption, "--warmup must be zero or more seconds."));
        }

        if (!Directory.Exists(corpus))
        {
            return Fail(error, new BackchannelError(ErrorCode.PathNotFound, "The corpus folder does not exist.", corpus, "Pass an existing folder with --corpus."));
        }

        var files = Directory.GetFiles(corpus, "*", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            return Fail(error, new BackchannelError(ErrorCode.EmptyInput, "The corpus folder holds no files.", corpus));
        }

        var texts = new string[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            texts[i] = File.ReadAllText(files[i]);
        }

        var benchmark = new ThroughputBenchmark(texts) { MinimumWarmup = TimeSpan.FromSeconds(warmupSeconds) };
        if (baseline is not null)
        {
            return Compare(benchmark, baseline, stage, againstName!, stageName, repeats, output);
        }

        var result = benchmark.Run(
            stage,
            repeats,
            r => output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"repeat {r.Index}: {r.Elapsed.TotalSeconds:F3} s, {r.TokensPerSecond:F0} tokens/s, {r.MegabytesPerSecond:F2} MB/s, cpu {r.Cpu.TotalSeconds:F3} s, gc pause {r.GcPause.TotalSeconds:F3} s, full gcs {r.FullCollections}")));

        if (verbose && CreatePipeline(stageName) is { } pipeline)
        {
            PrintBreakdown(pipeline, texts, output);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage {stageName}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {result.Documents}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bytes {result.Utf8Bytes}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokens {result.Tokens}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokens/s {result.MedianTokensPerSecond:F0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MB/s {result.MedianMegabytesPerSecond:F2}"));
        return 0;
    }

    private static int Compare(ThroughputBenchmark benchmark, Func<string, int> baseline, Func<string, int> stage, string baselineName, string stageName, int repeats, TextWriter output)
    {
        var overheads = new List<double>(repeats);
        var pairs = benchmark.Compare(baseline, stage, repeats);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (without, with) = pairs[i];
            var overhead = 100 * ((with.TotalSeconds / without.TotalSeconds) - 1);
            overheads.Add(overhead);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pair {i + 1}: {baselineName} {without.TotalSeconds:F3} s, {stageName} {with.TotalSeconds:F3} s, overhead {overhead:F1} %"));
        }

        var median = ThroughputBenchmark.Median(CollectionsMarshal.AsSpan(overheads));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overhead {median:F1}"));
        return 0;
    }

    private static Func<string, int>? CreateStage(string name)
    {
        switch (name)
        {
            case TokenizeStage:
                // One pair of buffers for the whole run: the timed work is the scan, not list growth.
                var tokens = new List<Token>(1 << 16);
                var sentences = new List<Sentence>(1 << 12);
                return text =>
                {
                    tokens.Clear();
                    sentences.Clear();
                    Tokenizer.Tokenize(text, tokens);
                    SentenceSplitter.Split(text, CollectionsMarshal.AsSpan(tokens), sentences);
                    return tokens.Count;
                };
            case NerStage or FullStage or LinkStage or UnlinkedStage:
                var pipeline = CreatePipeline(name)!;
                return text => pipeline.Process(new Document(text, new DocumentMetadata())).Get(TextLayers.Tokens).Length;
            default:
                return null;
        }
    }

    // Issue 3's "ner" stage is what every later stage reads (tokens, tags, entities, numbers, dates).
    private static Pipeline.Pipeline? CreatePipeline(string name) => name switch
    {
        NerStage => new PipelineBuilder().UseTokenizer().UseTagger().UseEntities().UseDates().UseNumbers().Build(),
        // The ner stage plus the linker over the shipped knowledge base (loaded here, before timing starts).
        LinkStage => new PipelineBuilder().UseTokenizer().UseTagger().UseEntities().UseDates().UseNumbers().UseLinker().Build(),
        FullStage => DefaultPipeline.Create(),
        // What `analyze` runs, less the linker: `--stage full --against full-unlinked` is what linking adds to it.
        UnlinkedStage => DefaultPipeline.CreateWithoutLinking(),
        _ => null,
    };

    // Where the time goes: three passes over the corpus, each component's calls timed one by one, so every
    // component is charged in the same passes under the same load (differences between separate passes were noisier
    // than the shares themselves on a shared machine). The share is of the stage's total; compare-link.sh's overhead
    // is linker / (everything else).
    private static void PrintBreakdown(Pipeline.Pipeline pipeline, string[] texts, TextWriter output)
    {
        const int Passes = 3;
        var components = pipeline.Components;
        var ticks = new long[components.Length];
        var cpu = new long[components.Length];
        var bytes = new long[components.Length];
        var measureCpu = ThreadCpuTime.Available;
        GC.Collect();
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var text in texts)
            {
                var document = new Document(text, new DocumentMetadata());
                for (var c = 0; c < components.Length; c++)
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var cpuStart = measureCpu ? ThreadCpuTime.Nanoseconds() : 0;
                    var start = Stopwatch.GetTimestamp();
                    document = components[c].Process(document, CancellationToken.None);
                    ticks[c] += Stopwatch.GetTimestamp() - start;
                    cpu[c] += measureCpu ? ThreadCpuTime.Nanoseconds() - cpuStart : 0;
                    bytes[c] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                }
            }
        }

        var total = (double)ticks.Sum();
        for (var c = 0; c < components.Length; c++)
        {
            var seconds = (double)ticks[c] / Stopwatch.Frequency / Passes;
            var cpuText = measureCpu ? string.Create(CultureInfo.InvariantCulture, $", cpu {cpu[c] / 1e9 / Passes:F3} s ({100 * cpu[c] / (double)cpu.Sum():F1} %)") : "";
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"component {components[c].Name} {seconds:F3} s per pass ({100 * ticks[c] / total:F1} %), allocates {bytes[c] / Passes / 1e6:F0} MB per pass{cpuText}"));
        }

        // Issue 4's figure, from the same passes: how much longer a document takes with linking than without.
        var linker = -1;
        for (var c = 0; c < components.Length; c++)
        {
            linker = components[c].Name == EntityLinkerComponent.ComponentName ? c : linker;
        }

        if (linker >= 0 && total > ticks[linker])
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"linker overhead {100 * ticks[linker] / (total - ticks[linker]):F1} %"));
        }
    }

    private static int Fail(TextWriter error, BackchannelError problem)
    {
        error.WriteLine(problem.ToString());
        return 1;
    }
}
