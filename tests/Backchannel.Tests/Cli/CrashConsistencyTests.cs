using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Backchannel.Storage;
using Backchannel.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Backchannel.Tests.Cli;

public sealed class CrashConsistencyTests : IDisposable
{
    private const int Files = 10_000;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Killing_the_process_mid_run_leaves_a_consistent_store_and_a_rerun_completes_without_duplicates()
    {
        for (var i = 0; i < Files; i++)
        {
            _temp.Write($"in/{i:D5}.txt", string.Create(CultureInfo.InvariantCulture, $"Bulletin {i}\n\nDelegation number {i} met counterparts on day {i % 28 + 1} to discuss item {i * 7}."));
        }

        using (var process = Process.Start(CliProcess.StartInfo(_temp.Path, "analyze", "in", "--db", "s.db", "--batch-size", "8", "--quiet"))!)
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var stored = WaitForCommittedDocuments(process);
            Assert.True(stored > 0, "the run finished or stalled before any batch was committed");
            process.Kill(); // SIGKILL on Unix: no handlers, no cleanup.
            process.WaitForExit();
            Assert.NotEqual(0, process.ExitCode);
        }

        long afterKill;
        using (var store = DocumentStore.Open(_temp.File("s.db")))
        {
            Assert.Empty(store.CheckIntegrity());
            afterKill = store.CountDocuments();
            Assert.InRange(afterKill, 1, Files - 1);
        }

        var rerun = CliProcess.Run(_temp.Path, "analyze", "in", "--db", "s.db", "--json", "r.json", "--quiet");

        Assert.True(rerun.ExitCode == 0, rerun.All);
        var run = JsonDocument.Parse(File.ReadAllText(_temp.File("r.json"))).RootElement.GetProperty("run");
        Assert.Equal(Files - afterKill, run.GetProperty("added").GetInt32());
        Assert.Equal(afterKill, run.GetProperty("duplicates").GetInt32());
        using var final = DocumentStore.Open(_temp.File("s.db"));
        Assert.Equal(Files, final.CountDocuments());
        Assert.Empty(final.CheckIntegrity());
    }

    /// <summary>Polls the store read-only until a batch is committed; returns the count seen (0 if the process ended first).</summary>
    private long WaitForCommittedDocuments(Process process)
    {
        var path = _temp.File("s.db");
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            if (File.Exists(path))
            {
                try
                {
                    using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT count(*) FROM documents";
                    var count = (long)command.ExecuteScalar()!;
                    if (count > 0)
                    {
                        return count;
                    }
                }
                catch (SqliteException)
                {
                    // Schema not created yet, or the writer holds a lock for a moment: poll again.
                }
            }

            Thread.Sleep(20);
        }

        return 0;
    }
}
