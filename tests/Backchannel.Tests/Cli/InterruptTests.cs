using System.Diagnostics;
using System.Globalization;
using Backchannel.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Backchannel.Tests.Cli;

/// <summary>Ctrl+C (SIGINT) and SIGTERM end a run cleanly: it is marked Interrupted, not left Running.</summary>
public sealed class InterruptTests : IDisposable
{
    private const int Files = 3000;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_mid_run_marks_the_run_interrupted(string signal)
    {
        // Long enough (about 6 MB in all) that the run is still going when the signal comes, however idle the machine:
        // the signal is sent as soon as the run is seen, and the rest of the input is never analysed.
        for (var i = 0; i < Files; i++)
        {
            var body = string.Concat(Enumerable.Range(0, 20).Select(k => string.Create(CultureInfo.InvariantCulture,
                $"Delegation number {i} met counterparts on day {(i + k) % 28 + 1} to discuss item {(i * 7) + k}. ")));
            _temp.Write($"in/{i:D5}.txt", string.Create(CultureInfo.InvariantCulture, $"Bulletin {i}\n\n{body}"));
        }

        using var process = Process.Start(CliProcess.StartInfo(_temp.Path, "analyze", "in", "--db", "s.db", "--batch-size", "8"))!;
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // The signal comes once the first batch is stored: by then the models are loaded, so the run can stop at once
        // (a signal during a model load is answered when the load ends, which on a loaded test machine can be long).
        Assert.True(WaitForStatus(process, "Running"), "the run finished or stalled before it began");

        using (var kill = Process.Start("kill", ["-s", signal, process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the process did not end after the signal");
        var error = await stderr;
        var status = ReadStatus();
        var seen = $"exit {process.ExitCode}, status {status}, stderr: {error}";
        Assert.True(process.ExitCode == 3, seen);
        Assert.True(error.Contains("BC4004", StringComparison.Ordinal), seen);
        Assert.True(status == "Interrupted", seen);
    }

    private bool WaitForStatus(Process process, string status)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            if (ReadStatus() == status && StoredDocuments() > 0)
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return false;
    }

    private long StoredDocuments() => Query("SELECT count(*) FROM documents") is long count ? count : 0;

    /// <summary>The last run's status, read without opening the store as Backchannel does (which would tidy it).</summary>
    private string? ReadStatus() => Query("SELECT status FROM runs ORDER BY id DESC LIMIT 1") as string;

    private object? Query(string sql)
    {
        var path = _temp.File("s.db");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar();
        }
        catch (SqliteException)
        {
            // Schema not created yet, or the writer holds a lock for a moment: poll again.
            return null;
        }
    }
}
