namespace Backchannel.Storage;

/// <summary>State of an analysis run; stored by name in <c>runs.status</c>.</summary>
public enum RunStatus
{
    /// <summary>Begun and not yet finished, by a process that is still alive.</summary>
    Running = 0,

    /// <summary>Finished and counted.</summary>
    Finished = 1,

    /// <summary>Stopped before it finished: by Ctrl+C or SIGTERM (recorded then), or killed or crashed (found by a later open).</summary>
    Interrupted = 2,
}
