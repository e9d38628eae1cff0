using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Backchannel.Documents;
using Backchannel.Errors;

namespace Backchannel.Pipeline;

/// <summary>
/// A frozen, thread-safe sequence of components. Build one with <see cref="PipelineBuilder"/>, then reuse it
/// for every document; <see cref="RunAsync"/> spreads documents across cores.
/// </summary>
public sealed class Pipeline
{
    private readonly Lazy<PipelineVersion> _version;

    internal Pipeline(ImmutableArray<IPipelineComponent> components)
    {
        Components = components;
        _version = new(() => PipelineVersion.Of(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>What annotates documents: components, versions and model hashes (computed once, on first use).</summary>
    public PipelineVersion Version => _version.Value;

    /// <summary>The components, in the order they run.</summary>
    public ImmutableArray<IPipelineComponent> Components { get; }

    /// <summary>Every layer some component assigns.</summary>
    public IEnumerable<LayerKey> Assigns => Components.SelectMany(c => c.Assigns).Distinct();

    /// <summary>
    /// Starts loading the components' models on one background thread, last component first: the first document's
    /// thread loads them front to back as it reaches each stage, so on two cores the two meet in the middle instead of
    /// one thread loading everything in turn (issue 17). A load both threads reach is done once (the components' loads
    /// are lazy and thread-safe); a load that fails here fails again, and is reported, on the document that needs it.
    /// </summary>
    public Task LoadInBackground() => Task.Run(() =>
    {
        for (var i = Components.Length - 1; i >= 0; i--)
        {
            try
            {
                Components[i].Load();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Reported where it matters: the document that runs the component meets the same failure.
            }
        }
    });

    /// <summary>Runs every component over one document.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var component in Components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = component.Process(document, cancellationToken);
        }

        return document;
    }

    /// <summary>
    /// Processes documents in parallel (at most <paramref name="maxParallelism"/> at once; cores by default) and
    /// yields each result as it completes, tagged with its input index. A component that throws on one document
    /// yields an error for that document; the others go on. Cancellation stops the run and is rethrown.
    /// </summary>
    public async IAsyncEnumerable<PipelineResult> RunAsync(
        IEnumerable<Document> documents,
        int maxParallelism = 0,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var degree = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;

        // A bounded channel keeps memory flat when the consumer (the store) is slower than the workers.
        var channel = Channel.CreateBounded<PipelineResult>(new BoundedChannelOptions(degree * 4) { SingleReader = true });
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    var options = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };
                    await Parallel.ForEachAsync(
                        documents.Select((d, i) => (d, i)),
                        options,
                        async (item, ct) => await channel.Writer.WriteAsync(ProcessOne(item.d, item.i, ct), ct).ConfigureAwait(false))
                        .ConfigureAwait(false);
                    channel.Writer.Complete();
                }
                catch (Exception ex)
                {
                    channel.Writer.Complete(ex);
                }
            },
            cancellationToken);

        await foreach (var result in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }

        await producer.ConfigureAwait(false);
    }

    private PipelineResult ProcessOne(Document document, int index, CancellationToken cancellationToken)
    {
        try
        {
            return new PipelineResult(index, Process(document, cancellationToken), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var error = ex is BackchannelException bex
                ? bex.Error with { Path = bex.Error.Path ?? document.Metadata.Path }
                : new BackchannelError(ErrorCode.ComponentFailed, $"Analysis failed: {ex.Message}", document.Metadata.Path, "Please report this with the file attached.");
            return new PipelineResult(index, document, error);
        }
    }
}
