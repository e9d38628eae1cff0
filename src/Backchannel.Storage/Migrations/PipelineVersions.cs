namespace Backchannel.Storage.Migrations;

/// <summary>
/// Schema v2: which pipeline annotated each document. Documents stored before have none (NULL): they were annotated by
/// an unrecorded, older pipeline, so they count as behind and <c>reanalyze</c> redoes them. Nothing is dropped or
/// rewritten: the step only adds a table, a nullable column and an index.
/// </summary>
internal static class PipelineVersions
{
    public static Migration Migration { get; } = new(2, "pipelines, documents.pipeline", Sql);

    private const string Sql = """
        CREATE TABLE pipelines (
            fingerprint TEXT PRIMARY KEY,
            description TEXT NOT NULL CHECK (json_valid(description)),
            first_used  TEXT NOT NULL
        );

        ALTER TABLE documents ADD COLUMN pipeline TEXT REFERENCES pipelines(fingerprint);
        CREATE INDEX documents_pipeline ON documents(pipeline);
        """;
}
