using Backchannel.Corpus;
using Backchannel.Documents;
using Microsoft.Data.Sqlite;

namespace Backchannel.Storage;

/// <summary>Reads every stored document back into the engine's types.</summary>
internal static class SnapshotReader
{
    /// <summary>The columns <see cref="ReadRow"/> reads, in its order.</summary>
    public const string Columns = "id, sha256, title, source, author, url, path, external_id, format, published, published_has_time, published_origin, text, added_at";

    private const string Sql = $"SELECT {Columns} FROM documents;";

    public static CorpusSnapshot Read(SqliteConnection connection, int schemaVersion, TimeProvider clock)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        var documents = new List<StoredDocument>();
        while (reader.Read())
        {
            documents.Add(ReadRow(reader));
        }

        // Sorted here rather than in SQL: published mixes date-only values and times with different offsets,
        // which only compare correctly as instants. Undated documents go last.
        documents.Sort(static (a, b) =>
        {
            var (pa, pb) = (a.Metadata.Published, b.Metadata.Published);
            var byDate = (pa, pb) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                _ => pa.Value.CompareTo(pb.Value),
            };
            return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
        });

        return new CorpusSnapshot([.. documents], schemaVersion, clock.GetUtcNow(), AnnotationReader.ReadAll(connection));
    }

    /// <summary>One row of <see cref="Columns"/>.</summary>
    public static StoredDocument ReadRow(SqliteDataReader reader)
    {
        var hasTime = reader.GetInt32(10) != 0;
        var metadata = new DocumentMetadata
        {
            Title = Text(reader, 2),
            Source = Text(reader, 3),
            Author = Text(reader, 4),
            Url = Text(reader, 5),
            Path = Text(reader, 6),
            ExternalId = Text(reader, 7),
            Format = Text(reader, 8),
            Published = Text(reader, 9) is { } published ? StoredDates.ParsePublished(published, hasTime) : null,
            PublishedHasTime = hasTime,
            PublishedOrigin = Enum.TryParse<PublishedOrigin>(reader.GetString(11), ignoreCase: false, out var origin)
                ? origin
                : PublishedOrigin.Unknown,
        };
        return new StoredDocument(reader.GetString(0), reader.GetString(1), metadata, reader.GetString(12), StoredDates.Parse(reader.GetString(13)));
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
