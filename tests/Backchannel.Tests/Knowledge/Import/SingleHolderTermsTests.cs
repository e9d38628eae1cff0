using Backchannel.Knowledge;
using Backchannel.Knowledge.Import;
using Backchannel.Knowledge.Model;

namespace Backchannel.Tests.Knowledge.Import;

public sealed class SingleHolderTermsTests
{
    private static readonly KbEntity Post = KbFixture.Position("xx-head-of-government", "Prime Minister of Examplia", "pl", "head_of_government");

    private static KnowledgeBase Reconciled(out List<string> notes, params KbEntity[] terms)
    {
        notes = [];
        return KnowledgeBase.From(SingleHolderTerms.Reconcile([Post, .. terms], notes));
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void An_open_term_followed_by_a_successor_ends_at_the_successors_start_with_a_note()
    {
        var kb = Reconciled(out var notes,
            KbFixture.Term("bc:old", Post.Id, "2010-05-29", null, "current"),
            KbFixture.Term("bc:new", Post.Id, "2026-05-09", null, "current"));

        var old = Assert.Single(kb.TermsOf("bc:old"));
        Assert.Equal("2026-05-09", old.End.ToString());
        Assert.Equal("ended", old.Status);
        Assert.Contains("inferred", old.Entity.First(Props.Notes), StringComparison.Ordinal);
        Assert.Equal("bc:new", Assert.Single(kb.HoldersOn(Post.Id, Day("2026-06-01"))).Term.HolderId);
        Assert.Contains("1 open terms ended", Assert.Single(notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Undated_and_contradicted_terms_go_when_a_dated_current_holder_is_known()
    {
        var kb = Reconciled(out _,
            KbFixture.Term("bc:a", Post.Id, "2017-01-20", "2021-01-20", "ended"),
            KbFixture.Term("bc:inside", Post.Id, "2018-10-01", null),
            KbFixture.Term("bc:b", Post.Id, "2021-01-20", null, "current"),
            KbFixture.Term("bc:undated", Post.Id, null, null));

        Assert.Empty(kb.TermsOf("bc:inside"));
        Assert.Empty(kb.TermsOf("bc:undated"));
        Assert.Equal(2, kb.HoldersOn(Post.Id, Day("2021-01-20")).Count);
    }

    [Fact]
    public void An_undated_term_stays_when_it_is_the_only_word_on_the_current_holder()
    {
        var kb = Reconciled(out _,
            KbFixture.Term("bc:a", Post.Id, "1990-01-01", "2013-04-30", "ended"),
            KbFixture.Term("bc:monarch", Post.Id, null, null));

        Assert.Single(kb.TermsOf("bc:monarch"));
    }

    [Fact]
    public void A_term_known_only_by_an_end_inside_another_holders_term_goes()
    {
        var kb = Reconciled(out _,
            KbFixture.Term("bc:a", Post.Id, "2017-01-20", "2021-01-20", "ended"),
            KbFixture.Term("bc:end-only", Post.Id, null, "2018-10-01", "ended"),
            KbFixture.Term("bc:handover", Post.Id, null, "2017-01-20", "ended"));

        Assert.Empty(kb.TermsOf("bc:end-only"));
        Assert.Single(kb.TermsOf("bc:handover"));
    }
}
