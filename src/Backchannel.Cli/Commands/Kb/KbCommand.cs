using System.CommandLine;

namespace Backchannel.Cli.Commands.Kb;

/// <summary><c>backchannel kb …</c>: build, import and query the knowledge base of officeholders, sanctions and relations.</summary>
internal static class KbCommand
{
    public static Command Create() => new("kb", "Build, import and query the knowledge base (people, posts, terms, sanctions).")
    {
        KbBuildCommand.Create(),
        KbImportCommand.Create(),
        KbWhoCommand.Create(),
        KbShowCommand.Create(),
        KbStatsCommand.Create(),
        KbSnapshotCommand.Create(),
    };
}
