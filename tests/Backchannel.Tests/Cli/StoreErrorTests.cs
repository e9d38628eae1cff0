using System.Security.Cryptography;
using Backchannel.Storage;
using Backchannel.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Backchannel.Tests.Cli;

/// <summary>
/// Every store error reaches the user as one coded line and exit code 3, never as a stack trace: issue 17, point 5.
/// </summary>
public sealed class StoreErrorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string, string> Unusable => new()
    {
        { "analyze", "text file", "BC3001" },
        { "analyze", "folder", "BC3001" },
        { "analyze", "unwritable place", "BC3001" },
        { "analyze", "newer schema", "BC3002" },
        { "search", "text file", "BC3001" },
        { "search", "folder", "BC3001" },
        { "search", "newer schema", "BC3002" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void An_unusable_store_is_one_coded_line_and_exit_code_3(string command, string kind, string code)
    {
        _temp.Write("a.txt", "Talks in Geneva\n\nDelegations met in Geneva on Friday.");
        var db = MakeStore(kind);
        var before = Fingerprint(db);

        var result = command == "search"
            ? CliProcess.Run(_temp.Path, "search", "talks", "--db", db)
            : CliProcess.Run(_temp.Path, "analyze", "a.txt", "--db", db);

        AssertOneCodedLine(result, code);
        Assert.Equal(before, Fingerprint(db));
    }

    [Fact]
    public void A_newer_schema_store_is_left_byte_for_byte_untouched()
    {
        var db = MakeStore("newer schema");
        var before = File.ReadAllBytes(db);

        var exception = Assert.Throws<Backchannel.Errors.BackchannelException>(() => DocumentStore.Open(db));

        Assert.Equal("BC3002", exception.Error.Code);
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.Equal([db], Directory.GetFiles(_temp.Path, "store.db*"));
    }

    [Fact]
    public void A_store_locked_for_longer_than_the_lock_timeout_is_one_coded_line_and_exit_code_3()
    {
        _temp.Write("a.txt", "Talks in Geneva\n\nDelegations met in Geneva on Friday.");
        var db = _temp.File("store.db");
        using (DocumentStore.Open(db))
        {
        }

        using var holder = new SqliteConnection($"Data Source={db};Pooling=False");
        holder.Open();
        using var transaction = holder.BeginTransaction(deferred: false);

        var result = CliProcess.Run(_temp.Path, "analyze", "a.txt", "--db", db, "--lock-timeout", "1");

        AssertOneCodedLine(result, "BC3003");
        Assert.Contains("locked", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_while_storing_is_one_coded_line_and_exit_code_3()
    {
        // The file-size limit stands in for a full disk: writes past it fail with EFBIG, as they would with ENOSPC.
        // SIGXFSZ is ignored so the write fails instead of killing the process; W^X is off because the runtime's
        // double-mapped code memory is a file the limit would also cap.
        var db = _temp.File("store.db");
        using (DocumentStore.Open(db))
        {
        }

        var text = string.Concat(Enumerable.Range(0, 4000).Select(i => $"Delegation {i} met counterparts in Geneva to discuss item {i * 7}. "));
        _temp.Write("big.txt", "A long bulletin\n\n" + text);
        var limitBlocks = (new FileInfo(db).Length / 512) + 8;
        var line = $"trap '' XFSZ; ulimit -f {limitBlocks}; exec {CliShell.Command("analyze", "big.txt", "--db", db)}";

        var result = CliShell.Sh(_temp.Path, line, new Dictionary<string, string> { ["NO_COLOR"] = "1", ["DOTNET_EnableWriteXorExecute"] = "0" });

        AssertOneCodedLine(result, "BC3003");
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_read_only_store_file_is_one_coded_line_and_exit_code_3()
    {
        // Root may write to a read-only file, so as root the command runs as 'nobody' (setpriv, util-linux).
        _temp.Write("a.txt", "Talks in Geneva\n\nDelegations met in Geneva on Friday.");
        var db = _temp.File("store.db");
        using (DocumentStore.Open(db))
        {
        }

        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(_temp.Path, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(_temp.File("a.txt"), (UnixFileMode)0b110_110_110);
        var asUser = Environment.UserName == "root" ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";

        var result = CliShell.Sh(_temp.Path, asUser + CliShell.Command("analyze", "a.txt", "--db", db), new Dictionary<string, string> { ["NO_COLOR"] = "1", ["DOTNET_CLI_HOME"] = _temp.Path });

        AssertOneCodedLine(result, "BC3003");
        Assert.Contains("readonly", result.Stderr, StringComparison.Ordinal);
    }

    private static void AssertOneCodedLine(CliProcess.Result result, string code)
    {
        Assert.True(result.ExitCode == 3, $"exit code {result.ExitCode}: {result.All}");
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(code + ": ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }

    private string MakeStore(string kind)
    {
        switch (kind)
        {
            case "text file":
                return _temp.Write("store.db", "These are meeting notes, not a store.\n" + new string('x', 4096));
            case "folder":
                Directory.CreateDirectory(_temp.File("store.db"));
                return _temp.File("store.db");
            case "unwritable place":
                // Not even root may create files in /proc, so this holds whoever runs the tests.
                return "/proc/backchannel-test/store.db";
            case "newer schema":
                var db = _temp.File("store.db");
                using (DocumentStore.Open(db))
                {
                }

                using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = $"PRAGMA journal_mode = DELETE; PRAGMA user_version = {DocumentStore.LatestSchemaVersion + 1};";
                    command.ExecuteNonQuery();
                }

                return db;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private static string Fingerprint(string path)
        => File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : Directory.Exists(path) ? "folder" : "absent";
}
