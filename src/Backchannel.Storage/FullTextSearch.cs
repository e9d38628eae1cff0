using Microsoft.Data.Sqlite;

namespace Backchannel.Storage;

/// <summary>Runs sanitised queries against <c>documents_fts</c>.</summary>
internal static class FullTextSearch
{
    /// <summary>
    /// bm25 weights per FTS column (title, text): a term in the headline says far more about what an article is
    /// about than the same term somewhere in the body.
    /// </summary>
    private const string Sql = """
        SELECT d.id, d.title, d.path,
               snippet(documents_fts, 1, '[', ']', '…', 24),
               bm25(documents_fts, 10.0, 1.0) AS score
        FROM documents_fts
        JOIN documents AS d ON d.rowid = documents_fts.rowid
        WHERE documents_fts MATCH $query
        ORDER BY score, d.id
        LIMIT $limit;
        """;

    public static long Count(SqliteConnection connection, string? query)
    {
        var match = FullTextQuery.Build(query);
        if (match is null)
        {
            return 0;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH $query;";
        command.Parameters.AddWithValue("$query", match);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<SearchHit> Run(SqliteConnection connection, string? query, int limit)
    {
        var match = FullTextQuery.Build(query);
        if (match is null || limit <= 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$query", match);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? "" : reader.GetString(3),
                reader.GetDouble(4)));
        }

        return hits;
    }
}
