using System.Collections.Immutable;
using Backchannel.Errors;
using Backchannel.Knowledge;
using Backchannel.Knowledge.Files;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Snapshot;
using Backchannel.Learning;
using Backchannel.Linking;
using Backchannel.Tests.Linking;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Knowledge;

/// <summary>Issue 17.1: the KB snapshot holds the parsed record exactly, and a stale or damaged one is never used.</summary>
public sealed class KbSnapshotTests
{
    /// <summary>The fixture record plus a dated alias, a description alias and a sanction, so every index has keys.</summary>
    private static IEnumerable<KbEntity> Record(params KbEntity[] more) =>
    [
        .. KbFixture.Build().Entities,
        new KbEntityBuilder(Schemas.NameAlias, "alias:marchuk-maiden").Add(Props.Entity, "bc:olena-marchuk").Add(Props.Name, "Olena Kovalenko")
            .Add(Props.Kind, "previous").Add(Props.EndDate, "2015-06-01").Cite(KbFixture.Cited).Build(),
        new KbEntityBuilder(Schemas.NameAlias, "alias:ua-mfa").Add(Props.Entity, "ua-foreign-minister").Add(Props.Name, "Ukraine's top diplomat")
            .Add(Props.Kind, "description").Cite(KbFixture.Cited).Build(),
        new KbEntityBuilder(Schemas.Sanction, "sanction:hartley").Add(Props.Entity, "bc:paul-hartley").Add(Props.Authority, "Test Office")
            .Add(Props.StartDate, "2022-02-24").Cite(KbFixture.Cited).Build(),
        .. more,
    ];

    private static string WriteSource(TempFolder folder, IEnumerable<KbEntity> entities)
    {
        var path = folder.File("kb.ftm.jsonl");
        FtmJsonLines.Write(path, entities);
        return path;
    }

    [Fact]
    public void A_snapshot_reads_back_the_record_it_was_written_from()
    {
        using var folder = new TempFolder();
        var source = WriteSource(folder, Record());
        var snapshot = folder.File(KbSnapshotFile.DefaultFileName);

        var parsed = KbSnapshotFile.Load(source, snapshot, out var first);
        var read = KbSnapshotFile.Load(source, snapshot, out var second);

        Assert.Equal((SnapshotOutcome.Written, SnapshotOutcome.Read), (first, second));
        Assert.False(parsed.FromSnapshot);
        Assert.True(read.FromSnapshot);
        AssertSameRecord(parsed, read);
        Assert.Equal("bc:olena-marchuk", Assert.Single(read.FindExact("Olena Kovalenko")).EntityId);
        Assert.All(read.FindLoose("Taras Hnatyuk"), n => Assert.Equal("bc:taras-hnatiuk", n.EntityId));
        Assert.Equal(2, read.FindLoose("Taras Hnatyuk").Length);
        Assert.Empty(read.FindExact("Nobody Atall"));
        Assert.Null(read.Get("no-such-id"));
    }

    [KnowledgeBaseFact]
    public void The_shipped_record_reads_back_the_same_from_its_snapshot()
    {
        var source = Path.Combine(ModelLocator.Folder, ShippedKnowledgeBase.FileName);
        var parsed = KnowledgeBaseFile.Load(source);
        var bytes = new SnapshotWriter().Build(parsed, new byte[32]);

        AssertSameRecord(parsed, new KnowledgeBase(new SnapshotRecord(bytes)));
    }

    [Fact]
    public void The_same_record_gives_the_same_snapshot_bytes()
    {
        var kb = KnowledgeBase.From(Record());

        Assert.Equal(new SnapshotWriter().Build(kb, new byte[32]), new SnapshotWriter().Build(KnowledgeBase.From(Record()), new byte[32]));
    }

    [Fact]
    public void A_snapshot_of_another_kb_file_is_rebuilt_not_used()
    {
        using var folder = new TempFolder();
        var source = WriteSource(folder, Record());
        var snapshot = folder.File(KbSnapshotFile.DefaultFileName);
        KbSnapshotFile.Load(source, snapshot, out _);

        WriteSource(folder, Record(KbFixture.Person("bc:new-minister", "Mykola Novak", "ua")));
        var kb = KbSnapshotFile.Load(source, snapshot, out var outcome);
        var again = KbSnapshotFile.Load(source, snapshot, out var next);

        Assert.Equal((SnapshotOutcome.Rebuilt, SnapshotOutcome.Read), (outcome, next));
        Assert.NotNull(kb.Get("bc:new-minister"));
        Assert.NotNull(again.Get("bc:new-minister"));
    }

    [Fact]
    public void A_snapshot_written_by_another_engine_build_is_rebuilt_not_used()
    {
        using var folder = new TempFolder();
        var source = WriteSource(folder, Record());
        var snapshot = folder.File(KbSnapshotFile.DefaultFileName);
        KbSnapshotFile.Load(source, snapshot, out _);
        var bytes = File.ReadAllBytes(snapshot);
        bytes[12] ^= 0xFF; // the build id: the payload and its checksum stay intact
        File.WriteAllBytes(snapshot, bytes);

        KbSnapshotFile.Load(source, snapshot, out var outcome);

        Assert.Equal(SnapshotOutcome.Rebuilt, outcome);
        Assert.NotEqual(bytes, File.ReadAllBytes(snapshot));
    }

    [Theory]
    [InlineData("flipped")]
    [InlineData("truncated")]
    [InlineData("not a snapshot")]
    [InlineData("empty")]
    public void A_damaged_snapshot_is_a_coded_error_naming_the_file(string damage)
    {
        using var folder = new TempFolder();
        var source = WriteSource(folder, Record());
        var snapshot = folder.File(KbSnapshotFile.DefaultFileName);
        KbSnapshotFile.Load(source, snapshot, out _);
        var bytes = File.ReadAllBytes(snapshot);
        File.WriteAllBytes(snapshot, damage switch
        {
            "flipped" => Flip(bytes, bytes.Length - 7),
            "truncated" => bytes[..(bytes.Length / 2)],
            "not a snapshot" => "{\"id\": \"not binary\"}\n"u8.ToArray(),
            _ => [],
        });

        var error = Assert.Throws<BackchannelException>(() => KbSnapshotFile.Load(source, snapshot, out _)).Error;

        Assert.Equal(ErrorCode.BadSnapshot, error.Code);
        Assert.Equal(snapshot, error.Path);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_that_cannot_be_written_leaves_the_parsed_record_in_use()
    {
        using var folder = new TempFolder();
        var source = WriteSource(folder, Record());
        var snapshot = Path.Combine(folder.Path, "missing-folder", KbSnapshotFile.DefaultFileName);

        var kb = KbSnapshotFile.Load(source, snapshot, out var outcome);

        Assert.Equal(SnapshotOutcome.ParsedOnly, outcome);
        Assert.NotNull(kb.Get("bc:olena-marchuk"));
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        bytes[at] ^= 0x5A;
        return bytes;
    }

    /// <summary>Every entity, every key of every index, and what each key finds, compared by value.</summary>
    private static void AssertSameRecord(KnowledgeBase expected, KnowledgeBase actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Entities.Select(Describe), actual.Entities.Select(Describe));
        foreach (var e in expected.Entities)
        {
            Assert.Equal(Describe(e), Describe(actual.Get(e.Id)!));
        }

        Assert.Equal(expected.CountBySchema().OrderBy(p => p.Key), actual.CountBySchema().OrderBy(p => p.Key));
        foreach (var schema in expected.CountBySchema().Keys)
        {
            Assert.Equal(expected.OfSchema(schema).Select(e => e.Id), actual.OfSchema(schema).Select(e => e.Id));
        }

        Assert.Equal(expected.ExactNameKeys.Order(StringComparer.Ordinal), actual.ExactNameKeys.Order(StringComparer.Ordinal));
        Assert.Equal(expected.LooseNameKeys.Order(StringComparer.Ordinal), actual.LooseNameKeys.Order(StringComparer.Ordinal));
        Assert.Equal(expected.SurnameKeys.Order(StringComparer.Ordinal), actual.SurnameKeys.Order(StringComparer.Ordinal));
        foreach (var key in expected.ExactNameKeys)
        {
            Assert.Equal(Names(expected.FindByExactKey(key)), Names(actual.FindByExactKey(key)));
            Assert.Equal(Names(expected.FindLooseByExactKey(key)), Names(actual.FindLooseByExactKey(key)));
        }

        foreach (var key in expected.SurnameKeys)
        {
            Assert.Equal(expected.FindBySurname(key).ToArray(), actual.FindBySurname(key).ToArray());
        }

        foreach (var id in expected.Entities.Select(e => e.Id))
        {
            Assert.Equal(expected.TermsOf(id).Select(t => t.Entity.Id), actual.TermsOf(id).Select(t => t.Entity.Id));
            Assert.Equal(expected.TermsIn(id).Select(t => t.Entity.Id), actual.TermsIn(id).Select(t => t.Entity.Id));
            Assert.Equal(expected.SanctionsOn(id).Select(s => s.Entity.Id), actual.SanctionsOn(id).Select(s => s.Entity.Id));
            Assert.Equal(expected.RelationsOf(id).Select(r => r.Entity.Id), actual.RelationsOf(id).Select(r => r.Entity.Id));
            Assert.Equal(expected.AliasesOf(id).Select(a => a.Entity.Id), actual.AliasesOf(id).Select(a => a.Entity.Id));
        }
    }

    private static string Describe(KbEntity e) =>
        $"{e.Id}|{e.Schema}|{string.Join(";", e.Properties.Select(p => $"{p.Key}={string.Join("\u0001", p.Value)}"))}";

    private static IEnumerable<string> Names(ImmutableArray<NameEntry> entries) =>
        entries.Select(n => $"{n.EntityId}|{n.Name}|{n.Kind}|{n.Alias?.Entity.Id}");
}
