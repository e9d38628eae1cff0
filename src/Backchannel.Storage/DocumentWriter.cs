using Backchannel.Corpus;
using System.Collections.Immutable;
using Backchannel.Documents;
using Microsoft.Data.Sqlite;

namespace Backchannel.Storage;

/// <summary>
/// Writes one batch inside a caller-owned transaction with three prepared statements reused for every row,
/// so a batch costs one parse per statement and one fsync in total.
/// </summary>
internal sealed class DocumentWriter : IDisposable
{
    private const string InsertDocumentSql = """
        INSERT INTO documents (id, sha256, title, source, author, url, path, external_id, format,
                               published, published_has_time, published_origin, text, added_at, pipeline)
        VALUES ($id, $sha256, $title, $source, $author, $url, $path, $external_id, $format,
                $published, $published_has_time, $published_origin, $text, $added_at, $pipeline)
        ON CONFLICT (sha256) DO NOTHING;
        """;

    private const string InsertPathSql = """
        INSERT INTO document_paths (document_id, path, first_seen) VALUES ($document_id, $path, $first_seen)
        ON CONFLICT (document_id, path) DO NOTHING;
        """;

    private const string InsertAnnotationSql = """
        INSERT INTO annotations (document_id, layer, start, "end", label, data)
        VALUES ($document_id, $layer, $start, $end, $label, $data);
        """;

    private readonly TimeProvider _clock;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertPath;
    private readonly SqliteCommand _insertAnnotation;

    public DocumentWriter(SqliteConnection connection, SqliteTransaction transaction, TimeProvider clock)
    {
        _clock = clock;
        _insertDocument = Prepare(connection, transaction, InsertDocumentSql,
            "$id", "$sha256", "$title", "$source", "$author", "$url", "$path", "$external_id", "$format",
            "$published", "$published_has_time", "$published_origin", "$text", "$added_at", "$pipeline");
        _insertPath = Prepare(connection, transaction, InsertPathSql, "$document_id", "$path", "$first_seen");
        _insertAnnotation = Prepare(connection, transaction, InsertAnnotationSql,
            "$document_id", "$layer", "$start", "$end", "$label", "$data");
    }

    /// <summary>
    /// Stores every document whose hash is new; records each copy's path either way. Duplicates inside the batch
    /// are caught by the same unique constraint as duplicates of earlier batches, since rows are visible at once.
    /// </summary>
    public BatchOutcome Write(
        IReadOnlyList<Document> documents,
        Func<Document, IEnumerable<Annotation>>? annotationsOf,
        string? pipeline,
        CancellationToken cancellationToken)
    {
        var added = ImmutableArray.CreateBuilder<string>();
        var duplicates = ImmutableArray.CreateBuilder<(string Id, string? Path)>();
        var now = StoredDates.Now(_clock);

        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var metadata = document.Metadata;
            if (InsertDocument(document, now, pipeline))
            {
                added.Add(document.Id);
                if (annotationsOf is not null)
                {
                    InsertAnnotations(document.Id, annotationsOf(document));
                }
            }
            else
            {
                duplicates.Add((document.Id, metadata.Path));
            }

            if (metadata.Path is not null)
            {
                Set(_insertPath, 0, document.Id);
                Set(_insertPath, 1, metadata.Path);
                Set(_insertPath, 2, now);
                _insertPath.ExecuteNonQuery();
            }
        }

        return new BatchOutcome(added.ToImmutable(), duplicates.ToImmutable());
    }

    public void Dispose()
    {
        _insertDocument.Dispose();
        _insertPath.Dispose();
        _insertAnnotation.Dispose();
    }

    private bool InsertDocument(Document document, string now, string? pipeline)
    {
        var m = document.Metadata;
        var c = _insertDocument;
        Set(c, 0, document.Id);
        Set(c, 1, document.Sha256);
        Set(c, 2, m.Title);
        Set(c, 3, m.Source);
        Set(c, 4, m.Author);
        Set(c, 5, m.Url);
        Set(c, 6, m.Path);
        Set(c, 7, m.ExternalId);
        Set(c, 8, m.Format);
        Set(c, 9, m.Published is { } published ? StoredDates.FormatPublished(published, m.PublishedHasTime) : null);
        Set(c, 10, m.Published is not null && m.PublishedHasTime ? 1 : 0);
        Set(c, 11, m.PublishedOrigin.ToString());
        Set(c, 12, document.Text);
        Set(c, 13, now);
        Set(c, 14, pipeline);
        return c.ExecuteNonQuery() == 1;
    }

    /// <summary>Inserts the rows of one document (its earlier rows, if any, are the caller's to delete first).</summary>
    public void InsertAnnotations(string documentId, IEnumerable<Annotation> rows)
    {
        foreach (var row in rows)
        {
            Set(_insertAnnotation, 0, documentId);
            Set(_insertAnnotation, 1, row.Layer);
            Set(_insertAnnotation, 2, row.Start);
            Set(_insertAnnotation, 3, row.End);
            Set(_insertAnnotation, 4, row.Label);
            Set(_insertAnnotation, 5, row.DataJson);
            _insertAnnotation.ExecuteNonQuery();
        }
    }

    private static void Set(SqliteCommand command, int index, object? value)
        => command.Parameters[index].Value = value ?? DBNull.Value;

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }
}
