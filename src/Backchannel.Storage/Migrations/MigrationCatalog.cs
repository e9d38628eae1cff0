using System.Collections.Immutable;

namespace Backchannel.Storage.Migrations;

/// <summary>Every migration this build knows, in the order they must run.</summary>
internal static class MigrationCatalog
{
    /// <summary>All steps, ascending by version, without gaps.</summary>
    public static ImmutableArray<Migration> All { get; } = [InitialSchema.Migration, PipelineVersions.Migration];

    /// <summary>The newest schema version this build can read and write.</summary>
    public static int LatestVersion => All[^1].Version;
}
