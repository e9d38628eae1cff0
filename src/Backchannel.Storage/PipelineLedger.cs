using System.Globalization;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Pipeline;
using Microsoft.Data.Sqlite;

namespace Backchannel.Storage;

/// <summary>
/// Which pipeline annotated each document (<c>documents.pipeline</c>, described in <c>pipelines</c>), which documents are
/// behind the current one, and re-annotating them: the SQL behind <c>reanalyze</c> and <c>analyze</c>'s stale hint.
/// </summary>
internal static class PipelineLedger
{
    private const string BehindCondition = "(pipeline IS NULL OR pipeline <> $fingerprint)";

    /// <summary>Records a pipeline's description once (its fingerprint is the key).</summary>
    public static void Record(SqliteConnection connection, SqliteTransaction transaction, PipelineVersion pipeline, string now)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO pipelines (fingerprint, description, first_used) VALUES ($f, $d, $at) ON CONFLICT (fingerprint) DO NOTHING;";
        command.Parameters.AddWithValue("$f", pipeline.Fingerprint);
        command.Parameters.AddWithValue("$d", pipeline.Description);
        command.Parameters.AddWithValue("$at", now);
        command.ExecuteNonQuery();
    }

    /// <summary>How many documents another (or an unrecorded) pipeline annotated.</summary>
    public static long CountBehind(SqliteConnection connection, string fingerprint)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM documents WHERE {BehindCondition};";
        command.Parameters.AddWithValue("$fingerprint", fingerprint);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The next documents behind, by id after <paramref name="afterId"/> (keyset paging: a failed one is not met again).</summary>
    public static IReadOnlyList<StoredDocument> ReadBehind(SqliteConnection connection, string fingerprint, string? afterId, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {SnapshotReader.Columns} FROM documents
            WHERE {BehindCondition} AND id > $after
            ORDER BY id LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$fingerprint", fingerprint);
        command.Parameters.AddWithValue("$after", afterId ?? "");
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var documents = new List<StoredDocument>();
        while (reader.Read())
        {
            documents.Add(SnapshotReader.ReadRow(reader));
        }

        return documents;
    }

    /// <summary>
    /// Replaces each document's annotations and date with those of <paramref name="pipeline"/>, inside the caller's
    /// transaction. Returns how many stored documents were updated (an id the store no longer holds is skipped).
    /// </summary>
    public static int Replace(
        SqliteConnection connection,
        SqliteTransaction transaction,
        DocumentWriter writer,
        IReadOnlyList<Document> documents,
        Func<Document, IEnumerable<Annotation>> annotationsOf,
        PipelineVersion pipeline,
        CancellationToken cancellationToken)
    {
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE documents SET published = $published, published_has_time = $has_time, published_origin = $origin, pipeline = $pipeline
            WHERE id = $id;
            """;
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM annotations WHERE document_id = $id;";
        var updated = 0;
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var m = document.Metadata;
            update.Parameters.Clear();
            update.Parameters.AddWithValue("$published", m.Published is { } published ? StoredDates.FormatPublished(published, m.PublishedHasTime) : DBNull.Value);
            update.Parameters.AddWithValue("$has_time", m.Published is not null && m.PublishedHasTime ? 1 : 0);
            update.Parameters.AddWithValue("$origin", m.PublishedOrigin.ToString());
            update.Parameters.AddWithValue("$pipeline", pipeline.Fingerprint);
            update.Parameters.AddWithValue("$id", document.Id);
            if (update.ExecuteNonQuery() == 0)
            {
                continue;
            }

            delete.Parameters.Clear();
            delete.Parameters.AddWithValue("$id", document.Id);
            delete.ExecuteNonQuery();
            writer.InsertAnnotations(document.Id, annotationsOf(document));
            updated++;
        }

        return updated;
    }
}
