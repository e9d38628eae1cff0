using System.Globalization;
using System.Text;
using Backchannel.Errors;
using Backchannel.Formats;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Formats;

public sealed class InputReaderTests
{
    private static List<ReadItem> ReadAll(ReaderOptions? options, params string[] paths)
        => InputReader.ReadAll(paths, options ?? new ReaderOptions()).ToList();

    [Fact]
    public void Missing_path_is_reported_with_a_hint()
    {
        using var temp = new TempFolder();
        var missing = temp.File("nowhere.txt");

        var item = Assert.Single(ReadAll(null, missing));

        var problem = Assert.Single(item.Problems);
        Assert.Equal(ErrorCode.PathNotFound, problem.Code);
        Assert.Equal(missing, problem.Path);
        Assert.False(string.IsNullOrEmpty(problem.Hint));
        Assert.False(problem.IsWarning);
    }

    [Fact]
    public void A_symlink_loop_is_unreadable_even_for_root()
    {
        using var temp = new TempFolder();
        var loop = temp.File("loop.txt");
        File.CreateSymbolicLink(loop, loop);

        var direct = Assert.Single(ReadAll(null, loop));
        var inFolder = Assert.Single(ReadAll(null, temp.Path));

        Assert.Equal(ErrorCode.Unreadable, Read.Code(direct));
        Assert.Equal(loop, direct.Problems[0].Path);
        Assert.Equal(ErrorCode.Unreadable, Read.Code(inFolder));
    }

    [Fact]
    public void Unknown_extension_is_skipped_with_a_warning_and_the_rest_is_read()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Alpha text.");
        temp.Write("b.docx.tmp", "whatever");
        temp.Write("c.md", "Gamma text.");
        temp.Write(".hidden.txt", "Hidden text.");
        temp.Write(".git/config.txt", "Hidden folder.");

        var items = ReadAll(null, temp.Path);

        Assert.Equal(["a.txt", "b.docx.tmp", "c.md"], items.Select(i => Path.GetFileName(i.Path)));
        var skipped = Assert.Single(items[1].Problems);
        Assert.Equal(ErrorCode.UnsupportedFormat, skipped.Code);
        Assert.True(skipped.IsWarning);
        Assert.Null(items[1].Document);
        Assert.Equal("Alpha text.", items[0].Document!.Text);
        Assert.Equal("Gamma text.", items[2].Document!.Text);
    }

    [Fact]
    public void Folders_are_walked_recursively_in_ordinal_order()
    {
        using var temp = new TempFolder();
        temp.Write("b/z.txt", "z");
        temp.Write("b/a.txt", "a");
        temp.Write("B.txt", "upper");
        temp.Write("a.txt", "first");

        var names = ReadAll(null, temp.Path).Select(i => Path.GetRelativePath(temp.Path, i.Path));

        Assert.Equal(["B.txt", "a.txt", Path.Combine("b", "a.txt"), Path.Combine("b", "z.txt")], names);
    }

    [Fact]
    public void A_folder_of_ten_thousand_files_is_streamed_completely()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 10_000; i++)
        {
            File.WriteAllText(temp.File(i.ToString("D5", CultureInfo.InvariantCulture) + ".txt"), "Note number " + i.ToString(CultureInfo.InvariantCulture));
        }

        var count = 0;
        string? first = null;
        foreach (var item in InputReader.ReadAll([temp.Path], new ReaderOptions()))
        {
            Assert.NotNull(item.Document);
            first ??= item.Document.Text;
            count++;
        }

        Assert.Equal(10_000, count);
        Assert.Equal("Note number 0", first);
    }

    [Fact]
    public void Paths_are_consumed_lazily()
    {
        using var temp = new TempFolder();
        var file = temp.Write("x.txt", "Text.");

        var items = InputReader.ReadAll(Endless(file), new ReaderOptions()).Take(3).ToList();

        Assert.Equal(3, items.Count);

        static IEnumerable<string> Endless(string path)
        {
            while (true)
            {
                yield return path;
            }
        }
    }

    [Fact]
    public void A_fifty_megabyte_file_is_read_at_the_default_limit()
    {
        using var temp = new TempFolder();
        var path = temp.File("big.txt");
        var line = "The committee reviewed another clause of the draft agreement today.\n";
        var lines = (50 * 1024 * 1024) / line.Length;
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            for (var i = 0; i < lines; i++)
            {
                writer.Write(line);
            }
        }

        var item = Assert.Single(ReadAll(null, path));

        Assert.True(item.Problems.IsEmpty);
        Assert.Equal((lines * line.Length) - 1, item.Document!.Text.Length);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_before_reading()
    {
        using var temp = new TempFolder();
        var path = temp.File("big.txt");
        using (var stream = File.Create(path))
        {
            // All NUL bytes: if the reader looked inside, it would report binary content, not the size.
            stream.SetLength(50L * 1024 * 1024);
        }

        var item = Assert.Single(ReadAll(new ReaderOptions { MaxFileBytes = 10L * 1024 * 1024 }, path));

        Assert.Null(item.Document);
        var problem = Assert.Single(item.Problems);
        Assert.Equal(ErrorCode.TooLarge, problem.Code);
        Assert.Contains("--max-file-size", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_is_sniffed_as_json_html_feed_or_text()
    {
        static ReadItem FromStdin(string content)
            => Assert.Single(ReadAll(new ReaderOptions { OpenStdin = () => new MemoryStream(Encoding.UTF8.GetBytes(content)) }, "-"));

        var json = FromStdin("  {\"title\": \"From a pipe\", \"text\": \"Piped article.\"}");
        var html = FromStdin("<!doctype html><html><body><p>Piped page.</p></body></html>");
        var feed = FromStdin("<?xml version=\"1.0\"?><rss><channel><title>S</title><item><description>Piped item.</description></item></channel></rss>");
        var text = FromStdin("Just words { not json.");

        Assert.Equal("json", json.Document!.Metadata.Format);
        Assert.Equal("From a pipe", json.Document.Metadata.Title);
        Assert.Equal("-", json.Document.Metadata.Path);
        Assert.Equal("Piped page.", html.Document!.Text);
        Assert.Equal("rss", feed.Document!.Metadata.Format);
        Assert.Equal("-#1", feed.Path);
        Assert.Equal("txt", text.Document!.Metadata.Format);
    }

    [Fact]
    public void Stdin_json_lines_are_recognised()
    {
        var options = new ReaderOptions { OpenStdin = () => new MemoryStream("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n"u8.ToArray()) };

        var items = ReadAll(options, "-");

        Assert.Equal(["One.", "Two."], items.Select(i => i.Document!.Text));
    }

    [Fact]
    public void Standard_input_named_twice_is_read_once()
    {
        var opened = 0;
        var options = new ReaderOptions
        {
            OpenStdin = () =>
            {
                opened++;
                return new MemoryStream("A single piped article about talks."u8.ToArray());
            },
        };

        var items = ReadAll(options, "-", "-");

        Assert.Equal(1, opened);
        var item = Assert.Single(items);
        Assert.Equal("A single piped article about talks.", item.Document!.Text);
    }

    [Fact]
    public void Files_and_folders_listed_as_excluded_are_not_read_from_a_folder()
    {
        using var temp = new TempFolder();
        temp.Write("in/article.txt", "An article about a summit.");
        var report = temp.Write("in/report.html", "<html><body><p>An earlier report.</p></body></html>");
        var json = temp.Write("in/report.json", "{\"documents\": []}");
        temp.Write("in/site/index.html", "<html><body><p>A report folder page.</p></body></html>");
        temp.Write("in/store.db-wal", "not an article");
        var options = new ReaderOptions { Excluded = [report, json, temp.File("in/site"), temp.File("in/store.db-wal")] };

        var items = ReadAll(options, temp.File("in"));

        var item = Assert.Single(items);
        Assert.Equal("An article about a summit.", item.Document!.Text);
    }

    [Fact]
    public void A_folder_of_report_pages_written_by_backchannel_is_never_read_as_articles()
    {
        using var temp = new TempFolder();
        temp.Write("in/article.txt", "An article about a summit.");
        temp.Write("in/old-report_files/" + Backchannel.Reporting.Report.PagesMarker, "pages of old-report.html");
        temp.Write("in/old-report_files/doc-1.html", "<html><body><p>A document page.</p></body></html>");
        temp.Write("in/notes/page.html", "<html><body><p>A page the user keeps.</p></body></html>");

        var items = ReadAll(new ReaderOptions(), temp.File("in"));

        Assert.Equal(2, items.Count);
        Assert.DoesNotContain(items, i => i.Path.Contains("old-report_files", StringComparison.Ordinal));
    }

    [Fact]
    public void Stdin_over_the_limit_is_refused()
    {
        var options = new ReaderOptions { MaxFileBytes = 100, OpenStdin = () => new MemoryStream(new byte[101]) };

        var item = Assert.Single(ReadAll(options, "-"));

        Assert.Equal(ErrorCode.TooLarge, Read.Code(item));
    }

    [Fact]
    public void Stdin_exactly_at_the_limit_is_read()
    {
        var options = new ReaderOptions { MaxFileBytes = 10, OpenStdin = () => new MemoryStream("0123456789"u8.ToArray()) };

        var item = Assert.Single(ReadAll(options, "-"));

        Assert.Equal("0123456789", item.Document!.Text);
    }

    [Fact]
    public void Cancellation_stops_the_stream()
    {
        using var temp = new TempFolder();
        var file = temp.Write("x.txt", "Text.");
        using var cancellation = new CancellationTokenSource();

        using var items = InputReader.ReadAll([file, file], new ReaderOptions(), cancellation.Token).GetEnumerator();
        Assert.True(items.MoveNext());
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => items.MoveNext());
    }
}
