using Microsoft.Data.Sqlite;

namespace Backchannel.Storage;

/// <summary>Reads rows of the generic <c>annotations</c> table.</summary>
internal static class AnnotationReader
{
    public static IReadOnlyList<AnnotationRow> Read(SqliteConnection connection, string documentId, string layer)
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
        var rows = new List<AnnotationRow>();
        while (reader.Read())
        {
            rows.Add(new AnnotationRow(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }
}
