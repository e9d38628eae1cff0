using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Backchannel.Diagnostics;
using Backchannel.Documents;
using Backchannel.Errors;
using Backchannel.Formats;
using Backchannel.Reporting;
using Backchannel.Stages;
using Backchannel.Storage;
using Spectre.Console;

namespace Backchannel.Cli.Analyze;

/// <summary>
/// One <c>analyze</c> run: read lazily, analyse in parallel, store in batches (one transaction each), then write the
/// outputs from the whole store. A batch is the unit of durability: a kill loses at most the batch in flight.
/// </summary>
internal sealed class AnalyzeRunner
{
    private readonly AnalyzeSettings _settings;
    private readonly Terminal _terminal;
    private readonly ConcurrentQueue<BackchannelError> _problems = new();
    private readonly StageSet _stages = DefaultStages.Create();

    // Documents whose content the store already holds: checked by hash before the pipeline, so they cost no analysis
    // (nor, when nothing else is new, any model loading); they still go through AddBatch to record their path.
    private readonly ConcurrentQueue<Document> _alreadyStored = new();
    private IReadOnlySet<string> _storedHashes = new HashSet<string>();
    private Pipeline.Pipeline? _pipeline;
    private Task? _loading;
    private int _inputs;
    private int _failed;
    private int _added;
    private int _duplicates;
    private int _undated;

    public AnalyzeRunner(AnalyzeSettings settings, Terminal terminal)
    {
        _settings = settings;
        _terminal = terminal;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        LoadLog.Phase("analyze: start");
        var storeIsNew = !Path.Exists(_settings.DbPath);
        if (storeIsNew)
        {
            // A new store holds nothing, so any readable input will be analysed: start loading the models now, while
            // the store is created, rather than after (a run into an existing store waits for its first new document).
            _pipeline = _stages.CreatePipeline();
            _loading = _pipeline.LoadInBackground();
        }

        NoteTerminalInput();
        int exitCode;
        bool keepStore;
        using (var store = DocumentStore.Open(_settings.DbPath, _settings.Clock, _settings.LockTimeout))
        {
            (exitCode, keepStore) = await RunAsync(store, storeIsNew, cancellationToken).ConfigureAwait(false);
        }

        if (!keepStore)
        {
            DeleteStore(_settings.DbPath);
        }

        return exitCode;
    }

    private async Task<(int ExitCode, bool KeepStore)> RunAsync(DocumentStore store, bool storeIsNew, CancellationToken cancellationToken)
    {
        _storedHashes = store.StoredHashes();
        LoadLog.Phase("analyze: store open");
        var pipeline = _pipeline ??= _stages.CreatePipeline();
        LoadLog.Phase("analyze: pipeline built");
        var runId = store.BeginRun();
        var expected = _terminal.CanShowProgress ? InputCounter.CountCandidates(_settings.Inputs) : 0;
        try
        {
            if (expected > ProgressThreshold)
            {
                await AnsiConsole.Progress()
                    .AutoClear(true)
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask("Analysing", maxValue: expected);
                        await ProcessAsync(store, pipeline, () => task.Value = _inputs, cancellationToken).ConfigureAwait(false);
                    })
                    .ConfigureAwait(false);
            }
            else
            {
                await ProcessAsync(store, pipeline, () => { }, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: the batch in flight was rolled back; what was committed stays, and the run says so.
            store.InterruptRun(runId, _inputs, _added, _duplicates, _failed, [.. _problems]);
            _terminal.Problem(new BackchannelError(ErrorCode.Interrupted, $"Interrupted after storing {_added} new documents.", Hint: "Run the same command again to finish; stored documents are not added twice."));
            return (ExitCode.Fatal, true);
        }

        LoadLog.Phase("analyze: documents stored");
        var problems = _problems.ToImmutableArray();
        var summary = new RunSummary(_inputs, _added, _duplicates, _failed, problems);
        var exitCode = _failed > 0 ? ExitCode.PartialFailure : ExitCode.Success;
        if (storeIsNew && store.CountDocuments() == 0)
        {
            // Nothing was stored in the store this run created (every input failed, or none was found): leave no
            // empty store, and no report of one, behind.
            new RunSummaryPrinter(_terminal).Print(summary, 0, _settings, _undated, storeKept: false);
            return (exitCode, false);
        }

        store.FinishRun(runId, _inputs, _added, _duplicates, _failed, problems);
        if (ReanalyzeRunner.StaleWarning(store, pipeline.Version, _settings.DbPath) is { } stale)
        {
            _terminal.Problem(stale);
        }

        var outputsOk = new OutputWriter(_terminal).WriteAll(store, summary, _settings);
        LoadLog.Phase("analyze: outputs written");
        new RunSummaryPrinter(_terminal).Print(summary, store.CountDocuments(), _settings, _undated);
        return (outputsOk ? exitCode : ExitCode.Fatal, true);
    }

    /// <summary>Reading '-' from a terminal waits for typing: say so, or it looks like a hang.</summary>
    private void NoteTerminalInput()
    {
        if (!_terminal.Quiet && _settings.Inputs.Contains(InputReader.StdinPath) && !Console.IsInputRedirected)
        {
            _terminal.Err.MarkupLine("Reading an article from the terminal for '-': type or paste it, then press Ctrl+D on an empty line.");
        }
    }

    private static void DeleteStore(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: an empty store left behind is harmless.
            }
        }
    }

    private const int ProgressThreshold = 8;

    private async Task ProcessAsync(DocumentStore store, Pipeline.Pipeline pipeline, Action progress, CancellationToken cancellationToken)
    {
        var batch = new List<Document>(_settings.BatchSize);
        await foreach (var result in pipeline.RunAsync(ReadDocuments(cancellationToken), _settings.Parallelism, cancellationToken).ConfigureAwait(false))
        {
            progress();
            if (!result.Succeeded)
            {
                Report(result.Error!);
                Interlocked.Increment(ref _failed);
                continue;
            }

            batch.Add(result.Document);
            if (batch.Count >= _settings.BatchSize)
            {
                Flush(store, batch, cancellationToken);
            }
        }

        Flush(store, batch, cancellationToken);
        batch.AddRange(_alreadyStored);
        Flush(store, batch, cancellationToken);
        progress();
    }

    // Enumerated by the pipeline one item at a time, so the counters need no lock; Interlocked keeps reads honest.
    private IEnumerable<Document> ReadDocuments(CancellationToken cancellationToken)
    {
        foreach (var item in InputReader.ReadAll(_settings.Inputs, _settings.Reader, cancellationToken))
        {
            foreach (var problem in item.Problems)
            {
                Report(problem);
            }

            if (item.Document is { } document && document.Text.Length > _settings.MaxDocumentChars)
            {
                Interlocked.Increment(ref _inputs);
                Interlocked.Increment(ref _failed);
                Report(new BackchannelError(
                    ErrorCode.TooLarge,
                    string.Create(CultureInfo.InvariantCulture, $"The document has {document.Text.Length:N0} characters, more than the {_settings.MaxDocumentChars:N0} analysed at most."),
                    item.Path,
                    "Split it into articles, or raise the limit with --max-document-length (about 300 bytes of memory per character)."));
            }
            else if (item.Document is { } known && _storedHashes.Contains(known.Sha256))
            {
                Interlocked.Increment(ref _inputs);
                _alreadyStored.Enqueue(known);
            }
            else if (item.Document is not null)
            {
                Interlocked.Increment(ref _inputs);

                // The first new document: its models start loading on a second thread while it is tokenized and
                // tagged (a run of known documents loads none).
                _loading ??= _pipeline?.LoadInBackground();
                yield return item.Document;
            }
            else if (item.Problems.Any(p => !p.IsWarning))
            {
                Interlocked.Increment(ref _inputs);
                Interlocked.Increment(ref _failed);
            }
        }
    }

    private void Flush(DocumentStore store, List<Document> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var outcome = store.AddBatch(batch, _stages.Export, _pipeline?.Version, cancellationToken);
        _added += outcome.Added.Length;
        _undated += batch.Count(d => d.Metadata.Published is null && outcome.Added.Contains(d.Id));
        _duplicates += outcome.Duplicates.Length;
        foreach (var document in batch)
        {
            var duplicate = outcome.Duplicates.Any(d => d.Id == document.Id);
            _terminal.Detail($"{(duplicate ? "[dim]already stored[/]" : "[green]added[/]")} {Terminal.Text(document.Id)} {Terminal.Text(document.Metadata.Path)}");
        }

        batch.Clear();
    }

    private void Report(BackchannelError problem)
    {
        _problems.Enqueue(problem);
        _terminal.Problem(problem);
    }
}
