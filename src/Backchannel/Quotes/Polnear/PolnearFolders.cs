using Backchannel.Errors;

namespace Backchannel.Quotes.Polnear;

/// <summary>
/// Finds a PolNeAR split from what the user passes: the split folder itself (<c>.../data/dev</c>), the data folder or
/// the corpus root. The test split is refused: it is kept for a single final run, never for tuning.
/// </summary>
public static class PolnearFolders
{
    /// <summary>The folder of <paramref name="split"/> ("train" or "dev") under <paramref name="folder"/>.</summary>
    public static string Split(string folder, string split)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (string.Equals(split, "test", StringComparison.OrdinalIgnoreCase))
        {
            throw TestRefused(folder);
        }

        if (Directory.Exists(Path.Combine(folder, "text")))
        {
            return string.Equals(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), "test", StringComparison.OrdinalIgnoreCase)
                ? throw TestRefused(folder)
                : folder;
        }

        foreach (var candidate in new[] { Path.Combine(folder, split), Path.Combine(folder, "data", split) })
        {
            if (Directory.Exists(Path.Combine(candidate, "text")))
            {
                return candidate;
            }
        }

        throw new BackchannelException(new BackchannelError(
            ErrorCode.PathNotFound,
            $"No PolNeAR '{split}' split under '{folder}'.",
            folder,
            "Pass the corpus root (../shared/data/polnear) or a split folder with text/ and attributions/."));
    }

    private static BackchannelException TestRefused(string folder) => new(new BackchannelError(
        ErrorCode.BadOption,
        "The PolNeAR test split is not used for evaluation or training here; score on dev.",
        folder,
        "Pass the corpus root or its dev folder."));
}
