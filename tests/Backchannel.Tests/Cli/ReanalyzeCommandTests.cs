using Backchannel.Storage;
using Backchannel.Tests.Storage;
using Backchannel.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Backchannel.Tests.Cli;

public sealed class ReanalyzeCommandTests : IDisposable
{
    // Our own sentences: a dated body with names, a date and a number.
    private const string Article = "Harbour talks resume\n\nRuth Ansel, the envoy of Norland, met Paul Okri in Vestby on 3 March 2025. Over 400 delegates attended the two-day session.";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Dictionary<string, long> LayerCounts(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT layer, count(*) FROM annotations GROUP BY layer;";
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    [Fact]
    public void A_store_made_before_pipeline_versions_gains_the_stages_it_lacked_without_duplicates()
    {
        var old = PipelineVersionStoreTests.OldStore(_temp, Article);
        _temp.Write("fresh/article.txt", Article);

        var analyzeOld = CliProcess.Run(_temp.Path, "analyze", "fresh/article.txt", "--db", old);
        Assert.True(analyzeOld.ExitCode == 0, analyzeOld.All);
        Assert.Contains("BC3004", analyzeOld.Stderr, StringComparison.Ordinal);
        Assert.Contains("reanalyze", analyzeOld.Stderr, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, long> { ["entities"] = 1 }, LayerCounts(old));

        var reanalyze = CliProcess.Run(_temp.Path, "reanalyze", "--db", old);
        Assert.True(reanalyze.ExitCode == 0, reanalyze.All);
        Assert.Contains("Re-annotated 1 document", reanalyze.Stdout, StringComparison.Ordinal);

        var fresh = CliProcess.Run(_temp.Path, "analyze", "fresh/article.txt", "--db", "fresh.db", "--quiet");
        Assert.True(fresh.ExitCode == 0, fresh.All);
        var freshCounts = LayerCounts(_temp.File("fresh.db"));
        var freshUpToDate = CliProcess.Run(_temp.Path, "reanalyze", "--db", "fresh.db");
        Assert.Contains("nothing to do", freshUpToDate.Stdout, StringComparison.Ordinal);
        Assert.Equal(freshCounts, LayerCounts(old));
        Assert.True(freshCounts.GetValueOrDefault("timexes") > 0 && freshCounts.GetValueOrDefault("quantities") > 0, string.Join(", ", freshCounts));

        // Brought up to date: a second run has nothing to do, and analyze says nothing about stale annotations.
        var again = CliProcess.Run(_temp.Path, "reanalyze", "--db", old);
        Assert.True(again.ExitCode == 0, again.All);
        Assert.Contains("nothing to do", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(freshCounts, LayerCounts(old));
        var analyzeAgain = CliProcess.Run(_temp.Path, "analyze", "fresh/article.txt", "--db", old);
        Assert.DoesNotContain("BC3004", analyzeAgain.All, StringComparison.Ordinal);
        using var store = DocumentStore.Open(old);
        Assert.Equal(1, store.CountDocuments());
        Assert.Empty(store.CheckIntegrity());
    }

    [Fact]
    public void Reanalyze_without_a_store_is_a_usage_error()
    {
        var result = CliProcess.Run(_temp.Path, "reanalyze", "--db", "missing.db");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BC1001", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("missing.db")));
    }
}
