using System.Diagnostics;
using System.Globalization;
using Backchannel.Errors;
using Microsoft.Data.Sqlite;

namespace Backchannel.Storage;

/// <summary>Records analysis runs and their per-input errors in <c>runs</c> and <c>run_errors</c>.</summary>
internal static class RunLog
{
    public static long Begin(SqliteConnection connection, int inputs, TimeProvider clock)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO runs (started_at, status, inputs, host, pid) VALUES ($at, 'Running', $inputs, $host, $pid)
            RETURNING id;
            """;
        command.Parameters.AddWithValue("$at", StoredDates.Now(clock));
        command.Parameters.AddWithValue("$inputs", inputs);
        command.Parameters.AddWithValue("$host", Environment.MachineName);
        command.Parameters.AddWithValue("$pid", Environment.ProcessId);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Closes a run and stores its errors in one transaction. Returns false when no such run exists.</summary>
    public static bool Finish(SqliteConnection connection, long runId, int? inputs, int added, int duplicates, int failed, IReadOnlyList<BackchannelError> errors, TimeProvider clock, RunStatus status = RunStatus.Finished)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE runs SET finished_at = $at, status = $status, inputs = coalesce($inputs, inputs), added = $added, duplicates = $duplicates, failed = $failed
            WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$at", StoredDates.Now(clock));
        command.Parameters.AddWithValue("$inputs", (object?)inputs ?? DBNull.Value);
        command.Parameters.AddWithValue("$added", added);
        command.Parameters.AddWithValue("$duplicates", duplicates);
        command.Parameters.AddWithValue("$failed", failed);
        command.Parameters.AddWithValue("$id", runId);
        command.Parameters.AddWithValue("$status", status.ToString());
        if (command.ExecuteNonQuery() == 0)
        {
            return false;
        }

        command.Parameters.Clear();
        command.CommandText = "INSERT INTO run_errors (run_id, path, code, message) VALUES ($id, $path, $code, $message);";
        var id = command.Parameters.AddWithValue("$id", runId);
        var path = command.Parameters.Add("$path", SqliteType.Text);
        var code = command.Parameters.Add("$code", SqliteType.Text);
        var message = command.Parameters.Add("$message", SqliteType.Text);
        command.Prepare();
        foreach (var error in errors)
        {
            path.Value = (object?)error.Path ?? DBNull.Value;
            code.Value = error.Code;
            message.Value = error.Message;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return true;
    }

    /// <summary>
    /// Marks runs left open by a process on this machine that no longer exists. Runs of live processes (another
    /// analysis working on the same store right now) and of other machines are left alone.
    /// </summary>
    public static int MarkInterrupted(SqliteConnection connection)
    {
        var stale = new List<long>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, host, pid FROM runs WHERE status = 'Running';";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var sameHost = !reader.IsDBNull(1) && string.Equals(reader.GetString(1), Environment.MachineName, StringComparison.Ordinal);
                if (sameHost && (reader.IsDBNull(2) || !IsAlive(reader.GetInt32(2))))
                {
                    stale.Add(reader.GetInt64(0));
                }
            }
        }

        command.CommandText = "UPDATE runs SET status = 'Interrupted' WHERE id = $id AND status = 'Running';";
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        foreach (var runId in stale)
        {
            id.Value = runId;
            command.ExecuteNonQuery();
        }

        return stale.Count;
    }

    public static IReadOnlyList<RunRecord> List(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.id, r.started_at, r.finished_at, r.status, r.inputs, r.added, r.duplicates, r.failed,
                   (SELECT count(*) FROM run_errors AS e WHERE e.run_id = r.id)
            FROM runs AS r ORDER BY r.id;
            """;
        using var reader = command.ExecuteReader();
        var runs = new List<RunRecord>();
        while (reader.Read())
        {
            runs.Add(new RunRecord(
                reader.GetInt64(0),
                StoredDates.Parse(reader.GetString(1)),
                reader.IsDBNull(2) ? null : StoredDates.Parse(reader.GetString(2)),
                Enum.Parse<RunStatus>(reader.GetString(3)),
                reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetInt32(7),
                reader.GetInt32(8)));
        }

        return runs;
    }

    private static bool IsAlive(int processId)
    {
        if (processId == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
