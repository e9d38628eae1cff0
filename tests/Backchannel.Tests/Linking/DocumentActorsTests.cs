using Backchannel.Linking;

namespace Backchannel.Tests.Linking;

public sealed class DocumentActorsTests
{
    [Fact]
    public void Nil_ids_count_up_from_one_in_every_document_however_many_there_are()
    {
        var actors = new DocumentActors(new NameKeyPool());
        var first = Enumerable.Range(0, 1500).Select(_ => actors.NewNilId()).ToList();
        Assert.Equal(Enumerable.Range(1, 1500).Select(n => $"nil:{n}"), first);

        actors.Clear();
        Assert.Equal("nil:1", actors.NewNilId());
        Assert.Equal("nil:2", actors.NewNilId());
    }

    [Fact]
    public void A_reused_actor_starts_with_no_names_surnames_or_titles()
    {
        var actors = new DocumentActors(new NameKeyPool());
        var before = actors.Seen("bc:ivan-sirko", isPerson: true, at: 3);
        before.AddName("ivan sirko");
        before.HasRecordSurname = true;
        Assert.Equal("same name as at 3", before.SameNameReason);
        actors.Clear();

        var after = actors.Seen("nil:1", isPerson: false, at: 7);
        Assert.Same(before, after);
        Assert.Equal(("nil:1", false, 7, 7), (after.Id, after.IsPerson, after.IntroducedAt, after.LastSeen));
        Assert.Empty(after.NameKeys);
        Assert.Empty(after.Surnames);
        Assert.Empty(after.Titles);
        Assert.False(after.HasRecordSurname);
        Assert.Equal("same name as at 7", after.SameNameReason);
        Assert.Null(actors.ByName("ivan sirko"));
        Assert.Null(actors.BySurname("sirko"));
    }
}
