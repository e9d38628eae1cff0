using Backchannel.Documents;
using Backchannel.Errors;

namespace Backchannel.Pipeline;

/// <summary>The outcome for one document of a parallel run.</summary>
/// <param name="Index">Position of the document in the input sequence.</param>
/// <param name="Document">The annotated document, or the input unchanged when <paramref name="Error"/> is set.</param>
/// <param name="Error">Set when a component failed on this document.</param>
public sealed record PipelineResult(int Index, Document Document, BackchannelError? Error)
{
    /// <summary>True when every component succeeded.</summary>
    public bool Succeeded => Error is null;
}
