using System.Diagnostics;
using System.Text.RegularExpressions;
using Backchannel.Diagnostics;
using Backchannel.Storage;
using Backchannel.Tests.Linking;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Cli;

/// <summary>
/// Issue 17.1: a command loads only what it needs, and an already-stored document costs no analysis. Observed through
/// the load trace (<c>BACKCHANNEL_TRACE_LOAD=1</c> prints one "load NAME" line per model, lexicon or record loaded),
/// never through timing.
/// </summary>
public sealed partial class LazyLoadingTests : IDisposable
{
    private static readonly string[] PipelineModels = ["pos", "chunk", "lemmas", "ner", "gazetteers"];
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("--version")]
    [InlineData("--help")]
    [InlineData("kb --help")]
    public void Version_and_help_load_nothing(string args)
    {
        var (exit, loads) = RunTraced(args.Split(' '));

        Assert.Equal(0, exit);
        Assert.Empty(loads);
    }

    [KnowledgeBaseFact]
    public void Kb_queries_load_the_record_and_no_pipeline_model()
    {
        var (exit, loads) = RunTraced("kb", "who", "Ukraine's foreign minister", "--on", "2026-01-21");
        var (showExit, showLoads) = RunTraced("kb", "show", "Olaf Scholz");

        Assert.Equal((0, 0), (exit, showExit));
        Assert.Contains("kb", loads);
        Assert.Contains("kb", showLoads);
        Assert.Empty(loads.Intersect(PipelineModels));
        Assert.Empty(showLoads.Intersect(PipelineModels));
    }

    [Fact]
    public void An_already_stored_document_is_not_analysed_again_but_its_new_path_is_recorded()
    {
        _temp.Write("a.txt", "Envoys meet in Oslo\n\nThe envoys met in Oslo on Tuesday to discuss a ceasefire.");
        _temp.Write("copy/a.txt", "Envoys meet in Oslo\n\nThe envoys met in Oslo on Tuesday to discuss a ceasefire.");

        var (first, firstLoads) = RunTraced("analyze", "a.txt", "--db", "store.db");
        var (again, againLoads) = RunTraced("analyze", "copy/a.txt", "--db", "store.db");

        Assert.Equal((0, 0), (first, again));
        Assert.Contains("ner", firstLoads);
        Assert.Empty(againLoads); // no model, no record: the pipeline never ran
        using var store = DocumentStore.Open(_temp.File("store.db"));
        Assert.Equal(1, store.CountDocuments());
        var id = Assert.Single(store.Snapshot().Documents).Id;
        Assert.Equal(["a.txt", "copy/a.txt"], store.PathsOf(id).Select(p => p.Replace('\\', '/')));
    }

    [Fact]
    public void A_first_analyze_loads_each_model_and_the_linker_once_though_two_threads_load_them()
    {
        _temp.Write("a.txt", "Envoys meet in Oslo\n\nThe envoys met in Oslo on Tuesday to discuss a ceasefire.");

        var (exit, loads) = RunTraced("analyze", "a.txt", "--db", "store.db");

        Assert.Equal(0, exit);
        Assert.All(["pos", "chunk", "lemmas", "ner", "gazetteers", "linker"], name => Assert.Single(loads, name));
    }

    [Fact]
    public void The_load_log_counts_each_load_in_process()
    {
        var before = LoadLog.Count("test-only");

        var value = LoadLog.Measure("test-only", () => 42);

        Assert.Equal((42, before + 1), (value, LoadLog.Count("test-only")));
    }

    private (int ExitCode, List<string> Loads) RunTraced(params string[] args)
    {
        var info = CliProcess.StartInfo(_temp.Path, args);
        info.Environment[LoadLog.TraceVariable] = "1";
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        return (process.ExitCode, [.. LoadLine().Matches(stderr).Select(m => m.Groups[1].Value)]);
    }

    [GeneratedRegex(@"\] load ([\w-]+):")]
    private static partial Regex LoadLine();
}
