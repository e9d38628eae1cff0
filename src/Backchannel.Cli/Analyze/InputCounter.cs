namespace Backchannel.Cli.Analyze;

/// <summary>Counts the files a run will visit, only to size the progress bar; reading does its own walk.</summary>
internal static class InputCounter
{
    public static int CountCandidates(IEnumerable<string> inputs)
    {
        var count = 0;
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                try
                {
                    var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
                    count += Directory.EnumerateFiles(input, "*", options).Count();
                }
                catch (IOException)
                {
                    // The reader reports the folder's problem with its code; the bar just starts smaller.
                }
            }
            else
            {
                count++;
            }
        }

        return count;
    }
}
