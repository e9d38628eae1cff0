namespace Backchannel.Tests.Support;

/// <summary>Locates the repository and the shared data folder beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> beside the repository (present on developer machines and CI).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Samples => Path.Combine(Root, "samples", "davos-2026");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Backchannel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Backchannel.sln not found above " + AppContext.BaseDirectory);
    }
}
