using Backchannel.Reporting;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Cli;

/// <summary>Past <see cref="Report.SingleFileLimit"/> documents, <c>--report r.html</c> writes an index and <c>r_files/</c>.</summary>
public sealed class FolderReportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private void WriteNotes(string name, int count) =>
        _temp.Write(name, string.Concat(Enumerable.Range(1, count).Select(i => $"{{\"title\":\"Note {i}\",\"text\":\"Note {i}: the ministers met in Oslo.\"}}\n")));

    [Fact]
    public void A_large_store_gets_an_index_and_a_page_per_document_which_a_small_one_later_replaces()
    {
        WriteNotes("big/notes.jsonl", Report.SingleFileLimit + 1);
        var big = CliProcess.Run(_temp.Path, "analyze", "big", "--db", "big.db", "--report", "out/r.html");

        Assert.True(big.ExitCode == 0, big.All);
        var pages = Directory.GetFiles(_temp.File("out/r_files"), "*.html");
        Assert.Equal(Report.SingleFileLimit + 1, pages.Length);
        var index = File.ReadAllText(_temp.File("out/r.html"));
        Assert.Contains($"href=\"r_files/{Path.GetFileName(pages[0])}\"", index, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"doc-page", index, StringComparison.Ordinal);
        Assert.Contains("href=\"../r.html#sec-documents\"", File.ReadAllText(pages[0]), StringComparison.Ordinal);

        WriteNotes("small/notes.jsonl", 2);
        var small = CliProcess.Run(_temp.Path, "analyze", "small", "--db", "small.db", "--report", "out/r.html");

        Assert.True(small.ExitCode == 0, small.All);
        Assert.False(Directory.Exists(_temp.File("out/r_files")));
        Assert.Contains("class=\"doc-page", File.ReadAllText(_temp.File("out/r.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_the_same_name_that_backchannel_did_not_write_is_left_alone()
    {
        WriteNotes("big/notes.jsonl", Report.SingleFileLimit + 1);
        _temp.Write("out/r_files/mine.txt", "keep me");

        var result = CliProcess.Run(_temp.Path, "analyze", "big", "--db", "big.db", "--report", "out/r.html");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("BC4003", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("r_files", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(_temp.File("out/r_files/mine.txt")));
        Assert.Single(Directory.GetFileSystemEntries(_temp.File("out/r_files")));
    }
}
