namespace Backchannel.Errors;

/// <summary>A user-facing problem: what went wrong, with which file, and what to do about it.</summary>
/// <param name="Code">Stable code from <see cref="ErrorCode"/>.</param>
/// <param name="Message">What went wrong, in one sentence.</param>
/// <param name="Path">The file or input it concerns, if any.</param>
/// <param name="Hint">What the user can do about it.</param>
/// <param name="IsWarning">True when the input was still processed (e.g. replaced bytes).</param>
public sealed record BackchannelError(string Code, string Message, string? Path = null, string? Hint = null, bool IsWarning = false)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Path is null ? "" : $"'{Path}': ";
        var hint = Hint is null ? "" : $" {Hint}";
        return $"{Code}: {where}{Message}{hint}";
    }
}
