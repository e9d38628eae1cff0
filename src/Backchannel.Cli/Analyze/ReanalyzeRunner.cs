using System.Globalization;
using Backchannel.Documents;
using Backchannel.Errors;
using Backchannel.Pipeline;
using Backchannel.Stages;
using Backchannel.Storage;

namespace Backchannel.Cli.Analyze;

/// <summary>
/// One <c>reanalyze</c> run: the stored documents another (or an unrecorded) pipeline annotated are read back a batch
/// at a time, run through the current pipeline from their stored text (with the structure their reader found), and
/// their annotations and date replaced, one transaction per batch. A kill loses at most the batch in flight; the
/// documents of that batch are still behind, so the next run picks them up.
/// </summary>
internal sealed class ReanalyzeRunner
{
    private readonly Terminal _terminal;
    private readonly StageSet _stages;

    public ReanalyzeRunner(Terminal terminal, StageSet? stages = null)
    {
        _terminal = terminal;
        _stages = stages ?? DefaultStages.Create();
    }

    public int BatchSize { get; init; } = 64;

    public int Parallelism { get; init; }

    public async Task<int> RunAsync(DocumentStore store, CancellationToken cancellationToken)
    {
        var pipeline = _stages.CreatePipeline();
        var version = pipeline.Version;
        var behind = store.CountBehind(version);
        if (behind == 0)
        {
            _terminal.Info($"Every stored document is annotated by the current pipeline ({version.Fingerprint}); nothing to do.");
            return ExitCode.Success;
        }

        _terminal.Info(string.Create(CultureInfo.InvariantCulture, $"Re-annotating {behind:N0} document(s) behind the current pipeline ({version.Fingerprint})…"));
        _ = pipeline.LoadInBackground();
        var done = 0;
        var failed = 0;
        string? after = null;
        var structure = new StoredStructure(store);
        try
        {
            while (store.ReadBehind(version, after, BatchSize) is { Count: > 0 } page)
            {
                after = page[^1].Id;
                var inputs = page.Select(d => _stages.RestoreInputs(new Document(d.Text, d.Metadata), structure.RowsOf(d), pipeline)).ToList();
                var annotated = new List<Document>(inputs.Count);
                await foreach (var result in pipeline.RunAsync(inputs, Parallelism, cancellationToken).ConfigureAwait(false))
                {
                    if (result.Succeeded)
                    {
                        annotated.Add(result.Document);
                    }
                    else
                    {
                        failed++;
                        _terminal.Problem(result.Error!);
                    }
                }

                done += store.ReplaceAnnotations(annotated, _stages.Export, version, cancellationToken);
                _terminal.Detail(string.Create(CultureInfo.InvariantCulture, $"re-annotated {done:N0} of {behind:N0}"));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _terminal.Problem(new BackchannelError(ErrorCode.Interrupted, $"Interrupted after re-annotating {done:N0} document(s).", Hint: "Run 'backchannel reanalyze' again to finish; finished batches are kept."));
            return ExitCode.Fatal;
        }

        _terminal.Info(string.Create(CultureInfo.InvariantCulture, $"Re-annotated {done:N0} document(s){(failed > 0 ? $"; {failed:N0} failed and are still behind" : "")}."));
        if (structure.ReadAgain > 0)
        {
            _terminal.Detail(string.Create(CultureInfo.InvariantCulture, $"{structure.ReadAgain:N0} stored before their structure was kept: read again from their unchanged files"));
        }

        return failed > 0 ? ExitCode.PartialFailure : ExitCode.Success;
    }

    /// <summary>The warning <c>analyze</c> prints when the store holds documents behind <paramref name="version"/>; null when none.</summary>
    public static BackchannelError? StaleWarning(DocumentStore store, PipelineVersion version, string dbPath)
    {
        var behind = store.CountBehind(version);
        return behind == 0
            ? null
            : new BackchannelError(
                ErrorCode.StaleAnnotations,
                string.Create(CultureInfo.InvariantCulture, $"{behind:N0} stored document(s) were annotated by an older pipeline; the report shows them as they were annotated."),
                dbPath,
                $"Run 'backchannel reanalyze --db {dbPath}' to annotate them with the current one.",
                IsWarning: true);
    }
}
