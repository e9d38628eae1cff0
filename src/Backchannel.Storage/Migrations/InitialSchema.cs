namespace Backchannel.Storage.Migrations;

/// <summary>Schema v1: documents with path provenance, runs, FTS5 index and a generic annotation table.</summary>
internal static class InitialSchema
{
    public static Migration Migration { get; } = new(1, "documents, document_paths, runs, run_errors, documents_fts, annotations", Sql);

    // `rowid` is declared explicitly so the FTS5 external-content table can address documents by a stable key
    // that VACUUM cannot renumber. Triggers keep documents_fts in step with documents inside the same transaction.
    // published is TEXT: "yyyy-MM-dd" for date-only values, round-trip "o" otherwise (published_has_time says which).
    private const string Sql = """
        CREATE TABLE documents (
            rowid              INTEGER PRIMARY KEY,
            id                 TEXT NOT NULL UNIQUE,
            sha256             TEXT NOT NULL UNIQUE,
            title              TEXT,
            source             TEXT,
            author             TEXT,
            url                TEXT,
            path               TEXT,
            external_id        TEXT,
            format             TEXT,
            published          TEXT,
            published_has_time INTEGER NOT NULL DEFAULT 0 CHECK (published_has_time IN (0, 1)),
            published_origin   TEXT NOT NULL DEFAULT 'Unknown',
            text               TEXT NOT NULL,
            added_at           TEXT NOT NULL
        );

        CREATE TABLE document_paths (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            path        TEXT NOT NULL,
            first_seen  TEXT NOT NULL,
            UNIQUE (document_id, path)
        );
        CREATE INDEX document_paths_path ON document_paths(path);

        CREATE TABLE runs (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at  TEXT NOT NULL,
            finished_at TEXT,
            status      TEXT NOT NULL DEFAULT 'Running' CHECK (status IN ('Running', 'Finished', 'Interrupted')),
            inputs      INTEGER NOT NULL DEFAULT 0,
            added       INTEGER,
            duplicates  INTEGER,
            failed      INTEGER,
            host        TEXT,
            pid         INTEGER
        );

        CREATE TABLE run_errors (
            run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            path    TEXT,
            code    TEXT NOT NULL,
            message TEXT NOT NULL
        );
        CREATE INDEX run_errors_run ON run_errors(run_id);

        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text,
            content = 'documents', content_rowid = 'rowid',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );

        CREATE TRIGGER documents_fts_after_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER documents_fts_after_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TRIGGER documents_fts_after_update AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;

        CREATE TABLE annotations (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            layer       TEXT NOT NULL,
            start       INTEGER NOT NULL,
            "end"       INTEGER NOT NULL,
            label       TEXT,
            data        TEXT CHECK (data IS NULL OR json_valid(data)),
            CHECK (start >= 0 AND "end" >= start)
        );
        CREATE INDEX annotations_layer_document ON annotations(layer, document_id);
        """;
}
