namespace Backchannel.Knowledge.Import;

/// <summary>A row an importer could not use, and why. The import goes on without it.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">1-based line (or record number where lines do not apply).</param>
/// <param name="Reason">What is wrong, in words a user can act on.</param>
public sealed record ImportProblem(string File, long Line, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
