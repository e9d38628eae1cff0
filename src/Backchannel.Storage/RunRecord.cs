namespace Backchannel.Storage;

/// <summary>One analysis run as recorded in the store.</summary>
/// <param name="Id">Run id from <see cref="DocumentStore.BeginRun"/>.</param>
/// <param name="StartedAt">When the run began.</param>
/// <param name="FinishedAt">When it finished; null while running or when interrupted.</param>
/// <param name="Status">Running, finished or interrupted.</param>
/// <param name="Inputs">Number of inputs the run was given.</param>
/// <param name="Added">Documents newly stored; null until finished.</param>
/// <param name="Duplicates">Documents already stored; null until finished.</param>
/// <param name="Failed">Inputs that failed; null until finished.</param>
/// <param name="ErrorCount">Rows in <c>run_errors</c> for this run.</param>
public sealed record RunRecord(
    long Id,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    RunStatus Status,
    int Inputs,
    int? Added,
    int? Duplicates,
    int? Failed,
    int ErrorCount);
