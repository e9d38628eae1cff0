using System.Text.Json;
using Backchannel.Storage;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("store.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Analyzing_the_samples_stores_every_article_and_writes_both_outputs()
    {
        var result = CliProcess.Run(_temp.Path, "analyze", RepoPaths.Samples, "--db", Db, "--report", "out/report.html", "--json", "out/report.json");

        Assert.True(result.ExitCode == 0, result.All);
        var json = JsonDocument.Parse(File.ReadAllText(_temp.File("out/report.json"))).RootElement;
        var documents = json.GetProperty("documents");
        // Five files, one of them a feed with two items.
        Assert.Equal(6, documents.GetArrayLength());
        Assert.All(documents.EnumerateArray(), d => Assert.False(string.IsNullOrEmpty(d.GetProperty("title").GetString())));
        Assert.Contains(documents.EnumerateArray(), d => d.GetProperty("path").GetString()!.EndsWith("feed.rss#2", StringComparison.Ordinal));
        var html = File.ReadAllText(_temp.File("out/report.html"));
        Assert.Contains("<h2>Documents</h2>", html, StringComparison.Ordinal);
        using var store = DocumentStore.Open(Db);
        Assert.Equal(6, store.CountDocuments());
    }

    [Fact]
    public void Analyzing_the_same_files_again_adds_nothing_and_says_so()
    {
        CliProcess.Run(_temp.Path, "analyze", RepoPaths.Samples, "--db", Db);

        var again = CliProcess.Run(_temp.Path, "analyze", RepoPaths.Samples, "--db", Db, "--json", "again.json");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Nothing new", again.Stdout, StringComparison.Ordinal);
        var json = JsonDocument.Parse(File.ReadAllText(_temp.File("again.json"))).RootElement;
        Assert.Equal(0, json.GetProperty("run").GetProperty("added").GetInt32());
        Assert.Equal(6, json.GetProperty("run").GetProperty("duplicates").GetInt32());
        Assert.Equal(6, json.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void The_report_covers_the_whole_store_not_only_the_files_of_this_run()
    {
        _temp.Write("first/a.txt", "Ministers met in Vienna\n\nThe foreign ministers met on Monday to discuss grain exports.");
        _temp.Write("second/b.txt", "Envoys gather in Oslo\n\nEnvoys gathered in Oslo for a second round of talks.");
        CliProcess.Run(_temp.Path, "analyze", "first", "--db", Db);

        var result = CliProcess.Run(_temp.Path, "analyze", "second", "--db", Db, "--json", "r.json");

        Assert.Equal(0, result.ExitCode);
        var titles = JsonDocument.Parse(File.ReadAllText(_temp.File("r.json"))).RootElement.GetProperty("documents")
            .EnumerateArray().Select(d => d.GetProperty("title").GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Envoys gather in Oslo", "Ministers met in Vienna" }, titles);
    }

    [Fact]
    public void A_missing_path_fails_that_input_with_a_code_while_the_others_are_stored()
    {
        _temp.Write("good.txt", "Talks in Geneva\n\nDelegations met in Geneva on Friday.");

        var result = CliProcess.Run(_temp.Path, "analyze", "good.txt", "nowhere.txt", "--db", Db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("BC1001", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("nowhere.txt", result.Stderr, StringComparison.Ordinal);
        using var store = DocumentStore.Open(Db);
        Assert.Equal(1, store.CountDocuments());
    }

    [Fact]
    public void Bad_inputs_are_each_reported_by_code_and_file_and_the_good_one_is_stored()
    {
        _temp.Write("in/good.txt", "Summit ends\n\nThe summit ended without a joint statement.");
        _temp.Write("in/empty.txt", "");
        _temp.Write("in/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        _temp.Write("in/notes.docx.xyz", "unknown format");

        var result = CliProcess.Run(_temp.Path, "analyze", "in", "--db", Db, "--json", "r.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("BC1003", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("empty.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("BC1004", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("photo.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("BC1002", result.Stderr, StringComparison.Ordinal);
        var run = JsonDocument.Parse(File.ReadAllText(_temp.File("r.json"))).RootElement.GetProperty("run");
        Assert.Equal(1, run.GetProperty("added").GetInt32());
        Assert.Equal(2, run.GetProperty("failed").GetInt32());
    }

    [Fact]
    public void Standard_input_is_read_when_the_path_is_a_dash()
    {
        var result = CliProcess.RunWithInput(_temp.Path, "Piped headline\n\nThis article arrived on standard input.", "analyze", "-", "--db", Db, "--json", "r.json");

        Assert.True(result.ExitCode == 0, result.All);
        var document = JsonDocument.Parse(File.ReadAllText(_temp.File("r.json"))).RootElement.GetProperty("documents")[0];
        Assert.Equal("Piped headline", document.GetProperty("title").GetString());
    }

    [Fact]
    public void Published_override_dates_every_document_and_is_not_marked_inferred()
    {
        _temp.Write("a.txt", "Undated note\n\nNo date is given in this text.");

        var result = CliProcess.Run(_temp.Path, "analyze", "a.txt", "--db", Db, "--published", "2026-01-21", "--json", "r.json");

        Assert.Equal(0, result.ExitCode);
        var document = JsonDocument.Parse(File.ReadAllText(_temp.File("r.json"))).RootElement.GetProperty("documents")[0];
        Assert.Equal("2026-01-21", document.GetProperty("published").GetString());
        Assert.False(document.GetProperty("publishedInferred").GetBoolean());
        Assert.Equal("override", document.GetProperty("publishedOrigin").GetString());
    }

    [Fact]
    public void A_date_stated_in_the_text_is_used_and_marked_inferred()
    {
        _temp.Write("a.txt", "Council meets\n\nVALLETTA, March 5, 2025 (Wire) — The council met on March 3, 2025 and again today.");

        CliProcess.Run(_temp.Path, "analyze", "a.txt", "--db", Db, "--json", "r.json");

        var document = JsonDocument.Parse(File.ReadAllText(_temp.File("r.json"))).RootElement.GetProperty("documents")[0];
        Assert.Equal("2025-03-05", document.GetProperty("published").GetString());
        Assert.True(document.GetProperty("publishedInferred").GetBoolean());
    }

    [Fact]
    public void An_unwritable_report_path_is_a_coded_fatal_error_and_the_store_keeps_the_documents()
    {
        _temp.Write("a.txt", "Trade talks\n\nTrade ministers met on Thursday.");
        _temp.Write("blocker", "a file where a folder is expected");

        var result = CliProcess.Run(_temp.Path, "analyze", "a.txt", "--db", Db, "--report", "blocker/report.html");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("BC4003", result.Stderr, StringComparison.Ordinal);
        using var store = DocumentStore.Open(Db);
        Assert.Equal(1, store.CountDocuments());
    }

    [Fact]
    public void A_50_MB_text_is_refused_by_the_documented_length_limit_while_the_other_input_is_stored()
    {
        var line = "Delegations met again today to discuss the grain corridor and the prisoner exchange.\n";
        using (var writer = new StreamWriter(_temp.File("huge.txt")))
        {
            writer.Write("A very long file\n\n");
            for (var written = 0L; written < 50_000_000; written += line.Length)
            {
                writer.Write(line);
            }
        }

        _temp.Write("small.txt", "Short report\n\nThe ministers met briefly.");

        var result = CliProcess.Run(_temp.Path, "analyze", "huge.txt", "small.txt", "--db", Db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("BC1006", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("huge.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--max-document-length", result.Stderr, StringComparison.Ordinal);
        using var store = DocumentStore.Open(Db);
        Assert.Equal(1, store.CountDocuments());
    }

    [Fact]
    public void The_document_length_limit_can_be_lowered()
    {
        _temp.Write("a.txt", "Report\n\n" + string.Concat(Enumerable.Repeat("The talks went on. ", 200)));

        var refused = CliProcess.Run(_temp.Path, "analyze", "a.txt", "--db", Db, "--max-document-length", "1k");
        var accepted = CliProcess.Run(_temp.Path, "analyze", "a.txt", "--db", Db);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("BC1006", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, accepted.ExitCode);
    }

    [SharedDataFact("seeds")]
    public void The_seed_articles_are_both_stored_and_one_report_is_written()
    {
        var result = CliProcess.Run(_temp.Path, "analyze", Path.Combine(RepoPaths.Shared, "seeds"), "--db", Db, "--report", "seeds.html", "--json", "seeds.json");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.True(File.Exists(_temp.File("seeds.html")));
        Assert.Equal(2, JsonDocument.Parse(File.ReadAllText(_temp.File("seeds.json"))).RootElement.GetProperty("documents").GetArrayLength());
        using var store = DocumentStore.Open(Db);
        Assert.Equal(2, store.CountDocuments());
    }
}
