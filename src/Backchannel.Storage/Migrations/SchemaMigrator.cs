using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Backchannel.Storage.Migrations;

/// <summary>Brings a store up to the newest schema, one transaction per step.</summary>
internal static class SchemaMigrator
{
    private const string CreateLedger = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INTEGER PRIMARY KEY,
            applied_at  TEXT NOT NULL,
            description TEXT NOT NULL
        );
        """;

    /// <summary>Reads <c>PRAGMA user_version</c>.</summary>
    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Applies every step newer than the store's version and returns the resulting version. Throws
    /// <see cref="StoreTooNewException"/> when the store is newer than <paramref name="migrations"/> knows.
    /// </summary>
    public static int Migrate(SqliteConnection connection, ImmutableArray<Migration> migrations, TimeProvider clock)
    {
        var latest = migrations.IsEmpty ? 0 : migrations[^1].Version;
        var current = ReadVersion(connection);
        if (current > latest)
        {
            throw new StoreTooNewException(current, latest);
        }

        foreach (var migration in migrations)
        {
            if (migration.Version <= current)
            {
                continue;
            }

            // BEGIN IMMEDIATE takes the write lock up front; the version is re-read under it because another
            // process opening the same new store may have migrated it while this one waited.
            using var transaction = connection.BeginTransaction(deferred: false);
            current = ReadVersion(connection, transaction);
            if (current >= migration.Version)
            {
                transaction.Commit();
                continue;
            }

            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = CreateLedger + migration.Sql;
            command.ExecuteNonQuery();

            command.CommandText = "INSERT INTO schema_migrations(version, applied_at, description) VALUES ($version, $at, $description);";
            command.Parameters.AddWithValue("$version", migration.Version);
            command.Parameters.AddWithValue("$at", StoredDates.Now(clock));
            command.Parameters.AddWithValue("$description", migration.Description);
            command.ExecuteNonQuery();

            // PRAGMA takes no parameters; the version is an int from our own catalog.
            command.Parameters.Clear();
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {migration.Version};");
            command.ExecuteNonQuery();

            transaction.Commit();
            current = migration.Version;
        }

        return current;
    }
}
