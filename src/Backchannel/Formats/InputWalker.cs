namespace Backchannel.Formats;

/// <summary>
/// Expands a path into files: a file is itself, a folder is walked recursively in ordinal name order (so runs are
/// reproducible), skipping hidden entries (names starting with '.') and not following linked folders inside it
/// (a link cycle would never end). Lazy, with an explicit stack: a folder of many files is never listed whole
/// into memory beyond one directory's names.
/// </summary>
internal static class InputWalker
{
    /// <summary>The files under <paramref name="path"/>, in a deterministic order.</summary>
    internal static IEnumerable<InputEntry> Expand(string path) => Expand(path, []);

    /// <summary>
    /// As <see cref="Expand(string)"/>, leaving out what a folder holds at or under one of the <paramref name="excluded"/>
    /// full paths (a run's own outputs and store). A folder that yields no file at all gives a BC1010 warning.
    /// </summary>
    internal static IEnumerable<InputEntry> Expand(string path, IReadOnlyCollection<string> excluded)
    {
        if (Directory.Exists(path))
        {
            return WarnIfEmpty(path, Walk(path, excluded));
        }

        if (File.Exists(path) || IsLink(path))
        {
            return [new InputEntry(path, null)];
        }

        return [new InputEntry(path, ReadProblems.NotFound(path))];
    }

    private static IEnumerable<InputEntry> WarnIfEmpty(string folder, IEnumerable<InputEntry> entries)
    {
        var any = false;
        foreach (var entry in entries)
        {
            any = true;
            yield return entry;
        }

        if (!any)
        {
            yield return new InputEntry(folder, ReadProblems.NoArticles(folder));
        }
    }

    private static bool IsExcluded(string entry, IReadOnlyCollection<string> excluded)
    {
        if (excluded.Count == 0)
        {
            return false;
        }

        var full = Path.GetFullPath(entry);
        foreach (var path in excluded)
        {
            if (full.Equals(path, StringComparison.Ordinal)
                || (full.StartsWith(path, StringComparison.Ordinal) && full.Length > path.Length && full[path.Length] == Path.DirectorySeparatorChar))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<InputEntry> Walk(string root, IReadOnlyCollection<string> excluded)
    {
        var stack = new Stack<IEnumerator<string>>();
        var (rootEntries, rootProblem) = List(root);
        if (rootProblem is not null)
        {
            yield return rootProblem.Value;
            yield break;
        }

        stack.Push(rootEntries!.AsEnumerable().GetEnumerator());
        while (stack.Count > 0)
        {
            var entries = stack.Peek();
            if (!entries.MoveNext())
            {
                entries.Dispose();
                stack.Pop();
                continue;
            }

            var entry = entries.Current;
            if (Path.GetFileName(entry).StartsWith('.') || IsExcluded(entry, excluded))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                if (IsLink(entry))
                {
                    continue;
                }

                var (children, problem) = List(entry);
                if (problem is not null)
                {
                    yield return problem.Value;
                    continue;
                }

                // The pages of a report that Backchannel wrote here (under any name) are output, never articles.
                if (Array.Exists(children!, c => Path.GetFileName(c) == Reporting.Report.PagesMarker))
                {
                    continue;
                }

                stack.Push(children!.AsEnumerable().GetEnumerator());
                continue;
            }

            yield return new InputEntry(entry, null);
        }
    }

    private static (string[]? Entries, InputEntry? Problem) List(string directory)
    {
        try
        {
            var entries = Directory.GetFileSystemEntries(directory);
            Array.Sort(entries, StringComparer.Ordinal);
            return (entries, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new InputEntry(directory, ReadProblems.Unreadable(directory, ex.Message)));
        }
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
