using Backchannel.Corpus;
using Microsoft.Data.Sqlite;

namespace Backchannel.Storage;

/// <summary>
/// Stored annotations of one layer whose JSON data holds a text at one of some paths (case-insensitive, anywhere in
/// the value), optionally only in documents a full-text query finds: how <c>search --speaker</c> finds the quotes
/// of a speaker ("Witkoff" finds "Steve Witkoff"). The layer and paths come from the stage's codec, so the store
/// knows no stage's fields.
/// </summary>
internal static class AnnotationSearch
{
    public static IReadOnlyList<(SearchHit Document, Annotation Annotation)> Run(
        SqliteConnection connection, string layer, IReadOnlyList<string> jsonPaths, string contains, string? query, int limit)
    {
        if (jsonPaths.Count == 0 || string.IsNullOrWhiteSpace(contains) || limit <= 0)
        {
            return [];
        }

        var match = string.IsNullOrWhiteSpace(query) ? null : FullTextQuery.Build(query);
        if (!string.IsNullOrWhiteSpace(query) && match is null)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        var tests = string.Join(" OR ", jsonPaths.Select((_, i) => $"lower(json_extract(a.data, $path{i})) LIKE $like ESCAPE '\\'"));
        command.CommandText = $"""
            SELECT d.id, d.title, d.path, a.start, a."end", a.label, a.data
            FROM annotations AS a
            JOIN documents AS d ON d.id = a.document_id
            WHERE a.layer = $layer AND ({tests})
            {(match is null ? "" : "AND d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $query)")}
            ORDER BY d.id, a.start
            LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$layer", layer);
        for (var i = 0; i < jsonPaths.Count; i++)
        {
            command.Parameters.AddWithValue($"$path{i}", jsonPaths[i]);
        }

        command.Parameters.AddWithValue("$like", "%" + Escape(contains.Trim().ToLowerInvariant()) + "%");
        command.Parameters.AddWithValue("$limit", limit);
        if (match is not null)
        {
            command.Parameters.AddWithValue("$query", match);
        }

        using var reader = command.ExecuteReader();
        var found = new List<(SearchHit, Annotation)>();
        while (reader.Read())
        {
            var hit = new SearchHit(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), "", 0);
            var annotation = new Annotation(layer, reader.GetInt32(3), reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6));
            found.Add((hit, annotation));
        }

        return found;
    }

    // LIKE's wildcards in a name are plain characters.
    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
