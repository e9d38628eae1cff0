using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Backchannel.Storage;

/// <summary>Runs SQLite's and FTS5's own consistency checks and compares the index with its content table.</summary>
internal static class IntegrityChecker
{
    public static IReadOnlyList<string> Check(SqliteConnection connection)
    {
        var problems = new List<string>();
        using var command = connection.CreateCommand();

        command.CommandText = "PRAGMA integrity_check;";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var line = reader.GetString(0);
                if (!string.Equals(line, "ok", StringComparison.Ordinal))
                {
                    problems.Add("integrity_check: " + line);
                }
            }
        }

        command.CommandText = "PRAGMA foreign_key_check;";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"foreign_key_check: {reader.GetString(0)} row {(reader.IsDBNull(1) ? "?" : reader.GetInt64(1))} has no parent in {reader.GetString(2)}"));
            }
        }

        // rank = 1 makes FTS5 also compare its index with the external content table (documents).
        command.CommandText = "INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1);";
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException exception)
        {
            problems.Add("documents_fts integrity-check: " + exception.Message);
        }

        // documents_fts_docsize holds one row per indexed document; counting documents_fts itself would read
        // the content table and always agree.
        command.CommandText = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents_fts_docsize);";
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            var (documents, indexed) = (reader.GetInt64(0), reader.GetInt64(1));
            if (documents != indexed)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"documents_fts indexes {indexed} documents but documents holds {documents}"));
            }
        }

        return problems;
    }
}
