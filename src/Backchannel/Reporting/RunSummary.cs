using System.Collections.Immutable;
using Backchannel.Errors;

namespace Backchannel.Reporting;

/// <summary>What the run that produced a report did, shown beside the store-wide content.</summary>
/// <param name="Inputs">Articles read (documents, plus inputs that failed).</param>
/// <param name="Added">Documents newly stored.</param>
/// <param name="Duplicates">Documents whose content was already stored.</param>
/// <param name="Failed">Inputs that could not be stored.</param>
/// <param name="Problems">Errors and warnings, each naming its file.</param>
public sealed record RunSummary(int Inputs, int Added, int Duplicates, int Failed, ImmutableArray<BackchannelError> Problems)
{
    /// <summary>A summary for a report made without a run (e.g. from an existing store).</summary>
    public static RunSummary None { get; } = new(0, 0, 0, 0, []);
}
