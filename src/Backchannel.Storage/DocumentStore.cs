using System.Collections.Immutable;
using System.Globalization;
using Backchannel.Corpus;
using Backchannel.Documents;
using Backchannel.Errors;
using Backchannel.Pipeline;
using Backchannel.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace Backchannel.Storage;

/// <summary>
/// The SQLite store: versioned schema, WAL, deduplication by content hash, FTS5 search.
/// One instance owns one connection and serialises its callers; several instances (or processes) may share a file,
/// and SQLite's locking with a busy timeout orders their writes.
/// </summary>
public sealed class DocumentStore : IDisposable
{
    /// <summary>How long a writer waits for another writer's lock before giving up, unless the caller says otherwise.</summary>
    public static TimeSpan DefaultLockTimeout { get; } = TimeSpan.FromSeconds(15);

    private const string OpenHint = "Check that the path is a Backchannel store (or a new file) in a writable folder, or choose another store path.";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private bool _disposed;

    private DocumentStore(SqliteConnection connection, string filePath, int schemaVersion, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
        FilePath = filePath;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>The schema version after migration.</summary>
    public int SchemaVersion { get; }

    /// <summary>The newest schema version this build knows.</summary>
    public static int LatestSchemaVersion => MigrationCatalog.LatestVersion;

    /// <summary>
    /// Opens (creating the file and its folder, and migrating, as needed) the store at <paramref name="path"/>.
    /// Throws <see cref="BackchannelException"/> with BC3001 when the file cannot be opened or is not a database,
    /// and BC3002 when it was written by a newer schema than this build knows.
    /// </summary>
    public static DocumentStore Open(string path) => Open(path, MigrationCatalog.All);

    /// <summary>
    /// <see cref="Open(string)"/> with the clock that stamps runs, stored documents and snapshots (the only time the
    /// store reads), so a test can run the same analysis under two clocks.
    /// </summary>
    public static DocumentStore Open(string path, TimeProvider clock) => Open(path, MigrationCatalog.All, clock);

    /// <summary>
    /// <see cref="Open(string, TimeProvider)"/>, waiting at most <paramref name="lockTimeout"/> for another process's
    /// lock on the store (SQLite's busy timeout) before an operation fails with BC3003.
    /// </summary>
    public static DocumentStore Open(string path, TimeProvider clock, TimeSpan lockTimeout) => Open(path, MigrationCatalog.All, clock, lockTimeout);

    /// <summary>Opens with an explicit migration list, so tests can exercise upgrades.</summary>
    internal static DocumentStore Open(string path, ImmutableArray<Migration> migrations, TimeProvider? clock = null, TimeSpan? lockTimeout = null)
    {
        clock ??= TimeProvider.System;
        var busyMilliseconds = (long)Math.Clamp((lockTimeout ?? DefaultLockTimeout).TotalMilliseconds, 0, int.MaxValue);
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new BackchannelException(new BackchannelError(ErrorCode.StoreUnavailable, "Cannot create the store's folder: " + exception.Message, path, OpenHint), exception);
        }

        // Pooling off: Dispose must really close the file, so it can be moved or deleted afterwards.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyMilliseconds};");
                command.ExecuteNonQuery();
            }

            // Before anything that writes (journal_mode = WAL rewrites the header): a newer store is left untouched.
            var latest = migrations.IsEmpty ? 0 : migrations[^1].Version;
            if (SchemaMigrator.ReadVersion(connection) is var found && found > latest)
            {
                throw new StoreTooNewException(found, latest);
            }

            using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    PRAGMA journal_mode = WAL;
                    PRAGMA synchronous = NORMAL;
                    PRAGMA foreign_keys = ON;
                    """;
                command.ExecuteNonQuery();
            }

            var version = SchemaMigrator.Migrate(connection, migrations, clock);
            RunLog.MarkInterrupted(connection);
            return new DocumentStore(connection, fullPath, version, clock);
        }
        catch (StoreTooNewException exception)
        {
            connection.Dispose();
            throw new BackchannelException(new BackchannelError(
                ErrorCode.StoreTooNew,
                string.Create(CultureInfo.InvariantCulture, $"The store has schema version {exception.StoreVersion}, newer than this build knows ({exception.KnownVersion})."),
                path,
                "It was written by a newer Backchannel: upgrade Backchannel to use it."), exception);
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw new BackchannelException(new BackchannelError(ErrorCode.StoreUnavailable, "Cannot open the store: " + exception.Message, path, OpenHint), exception);
        }
    }

    /// <summary>Number of stored documents.</summary>
    public long CountDocuments()
        => Guarded(() =>
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents;";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        });

    /// <summary>
    /// The content hash (SHA-256) of every stored document, read once so that a run can leave out of the pipeline
    /// what is already stored (and stay off the connection while documents are analysed on other threads).
    /// </summary>
    public IReadOnlySet<string> StoredHashes()
        => Guarded(() =>
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT sha256 FROM documents;";
            using var reader = command.ExecuteReader();
            var hashes = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                hashes.Add(reader.GetString(0));
            }

            return (IReadOnlySet<string>)hashes;
        });

    /// <summary>
    /// Stores a batch in one transaction. Documents whose content hash is already stored (or appears earlier in the
    /// batch) are not stored again, but their path is still recorded as another place the content was seen.
    /// If anything fails or <paramref name="cancellationToken"/> fires, nothing of the batch is kept.
    /// </summary>
    public BatchOutcome AddBatch(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
        => AddBatch(documents, null, cancellationToken);

    /// <summary>
    /// As <see cref="AddBatch(IReadOnlyList{Document}, CancellationToken)"/>, also storing the annotation rows
    /// <paramref name="annotationsOf"/> yields for each newly added document, in the same transaction.
    /// </summary>
    public BatchOutcome AddBatch(
        IReadOnlyList<Document> documents,
        Func<Document, IEnumerable<Annotation>>? annotationsOf,
        CancellationToken cancellationToken = default)
        => AddBatch(documents, annotationsOf, null, cancellationToken);

    /// <summary>
    /// As <see cref="AddBatch(IReadOnlyList{Document}, Func{Document, IEnumerable{Annotation}}, CancellationToken)"/>,
    /// also recording that <paramref name="pipeline"/> annotated the newly added documents (null: not recorded, so
    /// they count as behind every pipeline).
    /// </summary>
    public BatchOutcome AddBatch(
        IReadOnlyList<Document> documents,
        Func<Document, IEnumerable<Annotation>>? annotationsOf,
        PipelineVersion? pipeline,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Guarded(() =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            if (pipeline is not null)
            {
                PipelineLedger.Record(_connection, transaction, pipeline, StoredDates.Now(_clock));
            }

            using var writer = new DocumentWriter(_connection, transaction, _clock);
            var outcome = writer.Write(documents, annotationsOf, pipeline?.Fingerprint, cancellationToken);
            transaction.Commit();
            return outcome;
        });
    }

    /// <summary>How many stored documents were annotated by another pipeline than <paramref name="pipeline"/> (or by one not recorded).</summary>
    public long CountBehind(PipelineVersion pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Guarded(() => PipelineLedger.CountBehind(_connection, pipeline.Fingerprint));
    }

    /// <summary>
    /// Up to <paramref name="limit"/> documents behind <paramref name="pipeline"/> whose id sorts after
    /// <paramref name="afterId"/> (null: from the start), in id order: page through them by passing the last id.
    /// </summary>
    public IReadOnlyList<StoredDocument> ReadBehind(PipelineVersion pipeline, string? afterId, int limit)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Guarded(() => PipelineLedger.ReadBehind(_connection, pipeline.Fingerprint, afterId, limit));
    }

    /// <summary>
    /// Replaces the annotations and the date of stored documents with what <paramref name="pipeline"/> made of them, in
    /// one transaction: a kill leaves each document either as it was or fully re-annotated, never half. Returns how
    /// many documents were updated.
    /// </summary>
    public int ReplaceAnnotations(
        IReadOnlyList<Document> documents,
        Func<Document, IEnumerable<Annotation>> annotationsOf,
        PipelineVersion pipeline,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(annotationsOf);
        ArgumentNullException.ThrowIfNull(pipeline);
        return Guarded(() =>
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            PipelineLedger.Record(_connection, transaction, pipeline, StoredDates.Now(_clock));
            using var writer = new DocumentWriter(_connection, transaction, _clock);
            var updated = PipelineLedger.Replace(_connection, transaction, writer, documents, annotationsOf, pipeline, cancellationToken);
            transaction.Commit();
            return updated;
        });
    }

    /// <summary>
    /// Full-text search over titles and text, best first, with highlighted snippets. The query is free text:
    /// its terms are all required, FTS syntax characters are treated as plain text, and a trailing <c>*</c>
    /// searches by prefix. An empty query returns nothing.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
        => Guarded(() => FullTextSearch.Run(_connection, query, limit));

    /// <summary>
    /// Annotations of <paramref name="layer"/> whose data holds <paramref name="contains"/> (case-insensitive) at one of
    /// <paramref name="jsonPaths"/> (SQLite JSON paths such as <c>$.speaker.name</c>), in documents <paramref name="query"/>
    /// finds when given; in document order, at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<(SearchHit Document, Annotation Annotation)> FindAnnotations(string layer, IReadOnlyList<string> jsonPaths, string contains, string? query, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(jsonPaths);
        ArgumentNullException.ThrowIfNull(contains);
        return Guarded(() => AnnotationSearch.Run(_connection, layer, jsonPaths, contains, query, limit));
    }

    /// <summary>How many documents <see cref="Search"/> would find with no limit.</summary>
    public long CountMatches(string query) => Guarded(() => FullTextSearch.Count(_connection, query));

    /// <summary>Everything in the store, ordered by publication date (undated last) then id.</summary>
    public CorpusSnapshot Snapshot() => Guarded(() => SnapshotReader.Read(_connection, SchemaVersion, _clock));

    /// <summary>
    /// Checks the file, the foreign keys and the full-text index. Returns one line per problem; empty when sound.
    /// </summary>
    public IReadOnlyList<string> CheckIntegrity() => Guarded(() => IntegrityChecker.Check(_connection));

    /// <summary>
    /// Records the start of an analysis run and returns its id. <paramref name="inputs"/> may be left 0 when the
    /// count is only known at the end (streamed inputs); pass it to the six-argument FinishRun then.
    /// </summary>
    public long BeginRun(int inputs = 0) => Guarded(() => RunLog.Begin(_connection, inputs, _clock));

    /// <summary>Records a run's outcome and its per-input errors. Returns false when <paramref name="runId"/> is unknown.</summary>
    public bool FinishRun(long runId, int added, int duplicates, int failed, IReadOnlyList<BackchannelError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Guarded(() => RunLog.Finish(_connection, runId, null, added, duplicates, failed, errors, _clock));
    }

    /// <summary>As the five-argument FinishRun, also recording the number of inputs the run ended up reading.</summary>
    public bool FinishRun(long runId, int inputs, int added, int duplicates, int failed, IReadOnlyList<BackchannelError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Guarded(() => RunLog.Finish(_connection, runId, inputs, added, duplicates, failed, errors, _clock));
    }

    /// <summary>
    /// Records that a run was stopped (Ctrl+C, SIGTERM) with what it did before: status <c>Interrupted</c>, its counts and
    /// errors. Returns false when <paramref name="runId"/> is unknown.
    /// </summary>
    public bool InterruptRun(long runId, int inputs, int added, int duplicates, int failed, IReadOnlyList<BackchannelError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Guarded(() => RunLog.Finish(_connection, runId, inputs, added, duplicates, failed, errors, _clock, RunStatus.Interrupted));
    }

    /// <summary>Every recorded run, oldest first.</summary>
    public IReadOnlyList<RunRecord> ListRuns() => Guarded(() => RunLog.List(_connection));

    /// <summary>The annotation rows of one document in one layer, in offset order.</summary>
    public IReadOnlyList<Annotation> ReadAnnotations(string documentId, string layer)
        => Guarded(() => AnnotationReader.Read(_connection, documentId, layer));

    /// <summary>Every path the content of <paramref name="documentId"/> has been seen at, in first-seen order.</summary>
    public IReadOnlyList<string> PathsOf(string documentId)
        => Guarded(() =>
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT path FROM document_paths WHERE document_id = $id ORDER BY first_seen, rowid;";
            command.Parameters.AddWithValue("$id", documentId);
            using var reader = command.ExecuteReader();
            var paths = new List<string>();
            while (reader.Read())
            {
                paths.Add(reader.GetString(0));
            }

            return paths;
        });

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _connection.Dispose();
        }
    }

    // SQLite's primary result codes: https://sqlite.org/rescode.html
    private static string OperationHint(int code) => code switch
    {
        5 or 6 => "Another process held the store's lock for too long: wait for it to finish, or wait longer with --lock-timeout SECONDS.",
        8 => "The store file or its folder is read-only: make them writable, or choose another store path.",
        10 or 13 => "The disk may be full (or a file-size limit reached): free some space and run again; committed documents are kept.",
        11 or 26 => "The store file is damaged or not a store: restore it from a copy, or choose another store path.",
        _ => "If another Backchannel is writing to this store, wait for it; otherwise run a check of the store.",
    };

    /// <summary>Serialises callers on the one connection and reports SQLite failures as BC3003.</summary>
    private T Guarded<T>(Func<T> operation)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                return operation();
            }
            catch (SqliteException exception)
            {
                throw new BackchannelException(new BackchannelError(
                    ErrorCode.StoreOperationFailed,
                    "A store operation failed: " + exception.Message,
                    FilePath,
                    OperationHint(exception.SqliteErrorCode)), exception);
            }
        }
    }
}
