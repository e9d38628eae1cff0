namespace Backchannel.Tests.Support;

/// <summary>A fact that reports itself skipped (not passed) when a folder under ../shared is absent.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.Shared, relativePath)))
        {
            Skip = $"../shared/{relativePath} is not present beside the repository.";
        }
    }
}
