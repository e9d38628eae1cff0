using System.Collections.Immutable;
using Backchannel.Corpus;
using Microsoft.Data.Sqlite;

namespace Backchannel.Storage;

/// <summary>Reads rows of the generic <c>annotations</c> table.</summary>
internal static class AnnotationReader
{
    public static IReadOnlyList<Annotation> Read(SqliteConnection connection, string documentId, string layer)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT layer, start, "end", label, data FROM annotations
            WHERE layer = $layer AND document_id = $id
            ORDER BY start, "end", rowid;
            """;
        command.Parameters.AddWithValue("$layer", layer);
        command.Parameters.AddWithValue("$id", documentId);
        using var reader = command.ExecuteReader();
        var rows = new List<Annotation>();
        while (reader.Read())
        {
            rows.Add(new Annotation(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }

    /// <summary>Every annotation of the store, ordered by document, then offset.</summary>
    public static ImmutableArray<StoredAnnotation> ReadAll(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT document_id, layer, start, "end", label, data FROM annotations
            ORDER BY document_id, start, "end", rowid;
            """;
        using var reader = command.ExecuteReader();
        var rows = ImmutableArray.CreateBuilder<StoredAnnotation>();
        while (reader.Read())
        {
            rows.Add(new StoredAnnotation(reader.GetString(0), new Annotation(
                reader.GetString(1),
                reader.GetInt32(2),
                reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5))));
        }

        return rows.ToImmutable();
    }
}
