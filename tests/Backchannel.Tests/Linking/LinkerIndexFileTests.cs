using Backchannel.Knowledge;
using Backchannel.Knowledge.Files;
using Backchannel.Knowledge.Model;
using Backchannel.Knowledge.Names;
using Backchannel.Knowledge.Roles;
using Backchannel.Knowledge.Snapshot;
using Backchannel.Learning;
using Backchannel.Linking;
using Backchannel.Tests.Knowledge;
using Backchannel.Tests.Support;

namespace Backchannel.Tests.Linking;

/// <summary>
/// Issue 17.1: the linker's record-wide indexes, stored beside the KB snapshot (linker.snapshot), read back exactly as
/// built, and a file for another record, or a damaged one, is rebuilt rather than used.
/// </summary>
public sealed class LinkerIndexFileTests
{
    // The fixture record plus a description alias and a name with an article, so every stored index has entries.
    private static IEnumerable<KbEntity> Record() =>
    [
        .. KbFixture.Build().Entities,
        new KbEntityBuilder(Schemas.NameAlias, "alias:ua-mfa").Add(Props.Entity, "ua-foreign-minister").Add(Props.Name, "Ukraine's top diplomat")
            .Add(Props.Kind, "description").Cite(KbFixture.Cited).Build(),
        new KbEntityBuilder(Schemas.Organization, "bc:the-council").Add(Props.Name, "the Harbour Council").Cite(KbFixture.Cited).Build(),
    ];

    private static KnowledgeBase FromSnapshot(TempFolder folder, IEnumerable<KbEntity> entities)
    {
        var source = folder.File("kb.ftm.jsonl");
        FtmJsonLines.Write(source, entities);
        var snapshot = folder.File(KbSnapshotFile.DefaultFileName);
        KbSnapshotFile.Write(source, snapshot);
        var kb = KbSnapshotFile.Load(source, snapshot, out var outcome);
        Assert.Equal(SnapshotOutcome.Read, outcome);
        return kb;
    }

    [Fact]
    public void Stored_indexes_read_back_exactly_as_built()
    {
        using var folder = new TempFolder();
        var kb = FromSnapshot(folder, Record());
        var built = LinkerIndexes.Build(kb, RoleLexicon.Default);
        var path = folder.File(LinkerIndexFile.FileName);

        Assert.Null(LinkerIndexFile.TryRead(path, kb.SnapshotHeader, kb));
        LinkerIndexFile.Write(path, kb.SnapshotHeader, built);
        var read = LinkerIndexFile.TryRead(path, kb.SnapshotHeader, kb);

        Assert.NotNull(read);
        AssertSame(built, read);
        Assert.NotEmpty(built.LooseSurnames);
        Assert.NotEmpty(built.GivenBySurname);
        Assert.NotEmpty(built.Aliases.Entries);
        Assert.Contains(built.Aliases.Entries, e => e.Entry.Alias is not null);
    }

    [Fact]
    public void A_linker_over_a_snapshot_stores_its_indexes_and_the_next_one_reads_them()
    {
        using var folder = new TempFolder();
        var kb = FromSnapshot(folder, Record());
        var path = folder.File(LinkerIndexFile.FileName);

        var first = LinkerIndexFile.TryLoadOrWrite(kb);
        Assert.True(File.Exists(path));
        var second = LinkerIndexFile.TryLoadOrWrite(kb);

        AssertSame(first!, second!);
        Assert.Null(LinkerIndexFile.TryLoadOrWrite(KnowledgeBase.From(Record())));
    }

    [Fact]
    public void A_file_for_another_record_or_a_damaged_one_is_not_used()
    {
        using var folder = new TempFolder();
        var kb = FromSnapshot(folder, Record());
        var path = folder.File(LinkerIndexFile.FileName);
        LinkerIndexFile.Write(path, kb.SnapshotHeader, LinkerIndexes.Build(kb, RoleLexicon.Default));

        var otherKey = kb.SnapshotHeader.ToArray();
        otherKey[^9] ^= 1;
        Assert.Null(LinkerIndexFile.TryRead(path, otherKey, kb));

        var bytes = File.ReadAllBytes(path);
        bytes[^5] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        Assert.Null(LinkerIndexFile.TryRead(path, kb.SnapshotHeader, kb));

        // and the next linker rebuilds and rewrites it
        Assert.NotNull(LinkerIndexFile.TryLoadOrWrite(kb));
        Assert.NotNull(LinkerIndexFile.TryRead(path, kb.SnapshotHeader, kb));
    }

    [Fact]
    public void Links_over_stored_indexes_equal_links_over_built_ones()
    {
        using var folder = new TempFolder();
        var kb = FromSnapshot(folder, Record());
        LinkerIndexFile.TryLoadOrWrite(kb);
        var stored = new EntityLinker(kb, null, LinkerIndexFile.TryRead(folder.File(LinkerIndexFile.FileName), kb.SnapshotHeader, kb));
        var built = new EntityLinker(kb);
        const string text = "Olena Marchuk met the Harbour Council. Marchuk said Ukraine's top diplomat would follow.";

        string[] mentions = ["Olena Marchuk/PER", "Harbour Council/ORG", "Marchuk/PER"];
        var expected = LinkFixture.Link(built, text, "2024-03-01", mentions);

        Assert.Equal(expected, LinkFixture.Link(stored, text, "2024-03-01", mentions));
        Assert.Contains(expected, l => l.EntityId == "bc:olena-marchuk");
    }

    [KnowledgeBaseFact]
    public void The_shipped_record_stores_the_same_indexes_it_builds()
    {
        // Loaded twice: the first load may parse the file and write the snapshot, the second reads that snapshot.
        var source = ModelLocator.Require(KnowledgeBaseFile.DefaultFileName);
        KbSnapshotFile.Load(source, KbSnapshotFile.PathFor(source), out _);
        var kb = KbSnapshotFile.Load(source, KbSnapshotFile.PathFor(source), out var outcome);
        Assert.Equal(SnapshotOutcome.Read, outcome);
        var stored = LinkerIndexFile.TryLoadOrWrite(kb);
        AssertSame(LinkerIndexes.Build(kb, RoleLexicon.Default), stored!);
        Assert.True(stored!.UnknownNames.MayBeKnown(NameKey.Loose("Volodymyr Zelensky")));
    }

    private static void AssertSame(LinkerIndexes expected, LinkerIndexes actual)
    {
        Assert.Equal(expected.LooseSurnames.OrderBy(p => p.Key, StringComparer.Ordinal), actual.LooseSurnames.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.GivenBySurname.OrderBy(p => p.Key, StringComparer.Ordinal), actual.GivenBySurname.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.True(expected.UnknownNames.Words.SequenceEqual(actual.UnknownNames.Words));
        Assert.Equal(expected.UnknownNames.Shift, actual.UnknownNames.Shift);
        Assert.Equal(expected.Evidence.GivenNames.Order(StringComparer.Ordinal), actual.Evidence.GivenNames.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Evidence.PlaceNames.Order(StringComparer.Ordinal), actual.Evidence.PlaceNames.Order(StringComparer.Ordinal));
        Assert.Equal(
            expected.Aliases.Entries.Select(e => (e.First, e.Entry.Key, e.Entry.EntityId, e.Entry.Alias?.Entity.Id, e.Entry.Kind, e.Entry.WithArticle, e.Entry.Name)),
            actual.Aliases.Entries.Select(e => (e.First, e.Entry.Key, e.Entry.EntityId, e.Entry.Alias?.Entity.Id, e.Entry.Kind, e.Entry.WithArticle, e.Entry.Name)));
    }
}
